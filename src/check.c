/* check.c - one verdict over everything a buyer has: a listing, the model
 * number, the firmware version, the IMEI, the phone's properties, and the
 * country.  Reasoned as the buyer's guide does: for most people the Global
 * Version; a Global ROM only when the bands fit, the saving is large and the
 * risks of updates and warranty are accepted. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"
#include "listing_stages.h"

/*
 * Add a reason, once; "key" names its message in the catalog ("why_custom_rom",
 * "f_" and a flag's code) and "vars" the values of its placeholders as a JSON
 * object, for the words in other languages (either may be NULL).
 */
static void reason(mv_check_report *r, const char *key, const char *vars, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void reason(mv_check_report *r, const char *key, const char *vars, const char *fmt, ...)
{
	va_list ap;
	int i;
	char line[240];

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	mv_utf8_cut(line);
	for (i = 0; i < r->n_reasons; i++)
		if (!strcmp(r->reasons[i], line))
			return;
	if (r->n_reasons == (int)MV_ARRAY_LEN(r->reasons))
		return;
	mv_strlcpy(r->reasons[r->n_reasons], line, sizeof r->reasons[0]);
	mv_strlcpy(r->reason_keys[r->n_reasons], key ? key : "", sizeof r->reason_keys[0]);
	mv_strlcpy(r->reason_vars[r->n_reasons++], vars ? vars : "", sizeof r->reason_vars[0]);
}

/* May firmware of region "fw" be what phone "codename" of hardware "hw"
 * was sold with?  No China firmware is sold on hardware of another market,
 * nor Japan's on the Global Version's; India's and Japan's units run their
 * market's own where Xiaomi released one for the phone (surya's India
 * builds: the global build on an India POCO X3 was flashed), and may run
 * another where it released none.  The Global Version's model numbers are
 * sold in India with India's firmware where the phone has no India number
 * of its own (houji's 23127PN0CG), not where it has (the POCO F5's
 * 23049PCD8I).  An unknown or custom firmware is for other checks. */
static int firmware_sold_with(mv_db *db, const char *codename, const char *hw, const char *fw)
{
	mv_release own;

	if (!fw[0] || !strcmp(fw, "unknown") || !strcmp(fw, "custom") || !strcmp(fw, hw))
		return 1;
	if (!strcmp(fw, "china"))
		return 0;
	if (mv_global_like(hw) && !strcmp(fw, "japan"))
		return 0;
	if (mv_global_like(hw) && !strcmp(fw, "india") && codename[0])
		return !mv_db_market_model(db, codename, "india");
	if ((!strcmp(hw, "india") || !strcmp(hw, "japan")) && codename[0])
		return !mv_db_latest(db, codename, NULL, hw, "stable", &own);
	return 1;
}

/* Is the firmware the inputs show one the release list holds (a version or
 * a dump said official), "other" (another phone's version) aside? */
static int official_firmware(const mv_check_report *r, const mv_report *other)
{
	int i;

	for (i = 0; i < r->n_ids; i++)
		if (r->ids[i] != other && r->ids[i]->status == MV_OK && r->ids[i]->official == MV_YES)
			return 1;
	return 0;
}

/* Worse of two verdicts: avoid > caution > good > unknown.  When it gets
 * worse, the next reason leads the summary. */
static void worsen(mv_check_report *r, mv_advice v)
{
	/* the advice is ordered so: none < good < caution < avoid */
	if (v > r->verdict) {
		r->verdict = v;
		r->lead = r->n_reasons;
	}
}

/* Identify one input; "what" names it in an error ("model number: ..."). */
static void add_id(mv_db *db, mv_check_report *r, const char *s, size_t n, const char *what)
{
	mv_report *id = !strcmp(what, "dump") ? mv_identify_props(db, s, n) : mv_identify(db, s, n);

	if (!id)
		return;
	r->ids[r->n_ids++] = id;
	if (id->status != MV_OK) {
		char vars[96]; /* "what" is one of this file's words */
		r->status = id->status;
		snprintf(r->error, sizeof r->error, "%s: %s", what, id->error);
		snprintf(vars, sizeof vars, "{\"what\":\"%s\"}", what);
		reason(r, "why_not_understood", vars, "%s not understood: %s", what, id->error);
	}
}

/* Could the firmware of "fw" (a report with a version) run on the phone
 * "cn" as its own: the same codename, one the other's (a carrier's variant,
 * "light" and "lightcm"), a build Xiaomi filed under both (SKUs sharing one
 * firmware), or device letters one of its mod_devices bears? */
static int firmware_fits(mv_db *db, const mv_report *fw, const char *cn)
{
	mv_release rel[32];
	mv_moddev md[16];
	int n, i;
	size_t a = strlen(fw->codename), b = strlen(cn);

	if (!strncmp(fw->codename, cn, a < b ? a : b))
		return 1;
	n = fw->version[0] ? mv_db_releases_of(db, fw->version, rel, (int)MV_ARRAY_LEN(rel)) : 0;
	for (i = 0; i < n; i++)
		if (!strcmp(rel[i].codename, cn))
			return 1;
	n = fw->device_code[0] ? mv_db_moddev_by_devcode(db, fw->device_code, md, (int)MV_ARRAY_LEN(md)) : 0;
	for (i = 0; i < n; i++)
		if (!strcmp(md[i].codename, cn))
			return 1;
	return 0;
}

/* The first name of a report, for a reason ("POCO F3"), else its codename. */
static const char *phone_of(const mv_report *id)
{
	return id->n_names ? id->names[0] : id->codename;
}

/* The first report of kind "kind" that names one phone, or NULL. */
static const mv_report *first_of(const mv_check_report *r, mv_kind kind)
{
	int i;

	for (i = 0; i < r->n_ids; i++)
		if (r->ids[i]->status == MV_OK && r->ids[i]->kind == kind && r->ids[i]->codename[0] &&
		    !strchr(r->ids[i]->codename, '|'))
			return r->ids[i];
	return NULL;
}

/*
 * The inputs name two phones: the model number "hw" one, the version
 * another's firmware ("2211133G" and "V14.0.4.0.TKHEUXM": the Xiaomi 13 and
 * the POCO F3's build).  A box, a listing or a screenshot of another
 * phone, a typo, or a firmware that is not the phone's own: not one
 * phone's facts either way.  The version's report, or NULL when they agree.
 */
static const mv_report *disagreeing(mv_db *db, const mv_check_report *r, const mv_report *hw)
{
	const mv_report *fw = first_of(r, MV_KIND_VERSION);

	return hw && fw && fw->version[0] && !firmware_fits(db, fw, hw->codename) ? fw : NULL;
}

/*
 * The IMEI's TAC against the model number: the TAC database (Osmocom's, a
 * hint, not proof) lists it for another maker's phone, or for another
 * Xiaomi phone than the model number's.  A reason for each; the IMEI is
 * the phone's (*#06# shows it), a box or a listing may not be.
 */
static int tac_against_model(mv_db *db, mv_check_report *r, const char *tac, const mv_report *hw);

static void imei_against_model(mv_db *db, mv_check_report *r, const char *imei, const mv_report *hw)
{
	mv_imei m;
	char tac2[9];

	if (!imei || mv_imei_parse(imei, strlen(imei), &m, NULL, 0) != MV_OK)
		return;
	if (mv_imei_placeholder(&m)) {
		/* the phone's own IMEI was wiped */
		worsen(r, MV_ADVICE_CAUTION);
		reason(r, "id_imei_zeros", NULL,
		       "an IMEI of one digit over and over: what a phone shows once a flash or a repair wiped its own IMEI; carriers may block it: ask for the IMEI on the box and dial *#06# on arrival");
		return;
	}
	/* and a second IMEI of another TAC given beside it (a dual-SIM
	 * phone's other slot, or another phone's) */
	if (!tac_against_model(db, r, m.tac, hw) && m.second[0] && m.second_valid && strncmp(m.second, m.tac, 8)) {
		mv_strncpy0(tac2, sizeof tac2, m.second, 8);
		tac_against_model(db, r, tac2, hw);
	}
}

/* One TAC against the model number (imei_against_model()); 1 when it gave
 * a reason. */
static int tac_against_model(mv_db *db, mv_check_report *r, const char *tac, const mv_report *hw)
{
	char brand[64], model[128], text[200], name[64], cn[64], vars[240];
	mv_names *nm;

	if (!mv_db_tac(db, tac, brand, sizeof brand, model, sizeof model))
		return 0;
	/* another maker's TAC, whatever else is given */
	if (!mv_xiaomi_maker(brand)) {
		worsen(r, MV_ADVICE_CAUTION);
		mv_json_text(json_pack("{ssss}", "tac", tac, "phone", mv_cat(text, sizeof text, brand, " ", model, NULL)), vars,
			     sizeof vars);
		reason(r, "why_imei_other_maker", vars,
		       "the IMEI's TAC %s is listed for the %s, not a Xiaomi phone (the TAC list is a hint: *#06# on the phone shows its IMEI)",
		       tac, text);
		return 1;
	}
	if (!hw)
		return 0;
	nm = mv_db_names_matcher(db, NULL, 0);
	mv_cat(text, sizeof text, strcasecmp(brand, "Xiaomi") ? brand : "", strcasecmp(brand, "Xiaomi") ? " " : "", model,
	       NULL);
	if (!nm || !mv_names_find_at(nm, text, strlen(text), NULL, name, sizeof name, cn, sizeof cn, NULL) ||
	    strchr(cn, '|') || !strncmp(cn, hw->codename, strlen(cn)) ||
	    !strncmp(hw->codename, cn, strlen(hw->codename)))
		return 0;
	worsen(r, MV_ADVICE_CAUTION);
	mv_json_text(json_pack("{ssssss}", "tac", tac, "phone", name, "model", phone_of(hw)), vars, sizeof vars);
	reason(r, "why_imei_other_phone", vars,
	       "the IMEI's TAC %s is listed for the %s, the model number is the %s's (the TAC list is a hint: *#06# on the phone shows its IMEI)",
	       tac, name, phone_of(hw));
	return 1;
}

/*
 * An IMEI a listing or a dump states ("IMEI 359205074975683", "[ro.ril.oem.
 * imei]: [8687...]"): fifteen digits of a right check digit within a few
 * bytes after the word, into "out"; 0 when none.
 */
static int imei_stated(const char *s, size_t n, char out[16])
{
	size_t at;

	/* one pass: the word where an "i" starts it (a search of the rest
	 * for each would read a text of many "IMEI"s again and again) */
	for (at = 0; at + 4 < n; at++) {
		size_t i, k = 0;
		mv_imei m;
		char digits[16];
		if ((s[at] | 0x20) != 'i' || strncasecmp(s + at, "imei", 4))
			continue;
		for (i = at + 4; i < n && i < at + 16 && !mv_isdigit((unsigned char)s[i]); i++)
			;
		/* (a slot's number: "IMEI1: ...", "imei0]: [") */
		if (i < at + 6 && s[i] >= '0' && s[i] <= '4' && i + 1 < n && !mv_isdigit((unsigned char)s[i + 1]))
			for (i++; i < n && i < at + 18 && !mv_isdigit((unsigned char)s[i]); i++)
				;
		for (; i < n && k < 15 && (mv_isdigit((unsigned char)s[i]) || s[i] == ' ' || s[i] == '-'); i++)
			if (mv_isdigit((unsigned char)s[i]))
				digits[k++] = s[i];
		if (k == 15 && (i == n || !mv_isdigit((unsigned char)s[i])) &&
		    mv_imei_parse(digits, 15, &m, NULL, 0) == MV_OK && !mv_imei_placeholder(&m)) {
			memcpy(out, digits, 15);
			out[15] = '\0';
			return 1;
		}
	}
	return 0;
}

/* A phone's name with its hardware unknown: the bands of each of its
 * versions on the buyer's carriers, as identify --country gives them (the
 * buyer who knows only the name sees what China's version would lack). */
static void version_bands(mv_db *db, const mv_check_query *q, const mv_report *id, mv_check_report *r)
{
	char markets[8][24];
	int k, n;

	if (id->status != MV_OK || (n = mv_report_name_markets(id, markets)) <= 0)
		return;
	for (k = 0; k < n && r->n_by_version < (int)MV_ARRAY_LEN(r->by_version); k++) {
		mv_bands_report *b = mv_version_bands(db, id, markets[k], q->country, q->carrier,
						      r->by_version[r->n_by_version].models, sizeof r->by_version[0].models);
		if (!b)
			break;
		mv_strlcpy(r->by_version[r->n_by_version].market, markets[k], sizeof r->by_version[0].market);
		r->by_version[r->n_by_version++].bands = b;
	}
}

/* The same of the phone a listing names without its version (a buyer's
 * review of the page: a listing without a model number had no carriers
 * at all, where its phone's name alone had them by version). */
static void bands_by_version(mv_db *db, const mv_check_query *q, mv_check_report *r)
{
	const mv_listing_report *l = r->listing;
	int i;

	for (i = 0; i < r->n_ids && r->n_by_version == 0; i++)
		version_bands(db, q, r->ids[i], r);
	if (r->n_by_version == 0 && l && l->status == MV_OK && l->n_names && l->codename[0] &&
	    !strchr(l->codename, '|') && !mv_listing_has_flag(l, "made_for_phone") &&
	    !mv_listing_has_flag(l, "other_product")) {
		mv_report *id = mv_identify(db, l->names[0], strlen(l->names[0]));
		if (id && !strcmp(id->codename, l->codename))
			version_bands(db, q, id, r);
		mv_report_free(id);
	}
}

/* Is the check of a listing alone, of no phone: a thing made for one, or
 * another of Xiaomi's goods (a case, a tablet)? */
static int no_phone(const mv_check_report *r)
{
	return r->n_ids == 0 && r->listing && (mv_listing_has_flag(r->listing, "made_for_phone") ||
					       mv_listing_has_flag(r->listing, "other_product"));
}

mv_check_report *mv_check(mv_db *db, const mv_check_query *q)
{
	mv_check_report *r = calloc(1, sizeof *r);
	const mv_report *best = NULL, *model_id, *other_fw;
	char hw[24] = "", fw[24] = "", codename[48] = "";
	int claimed_hw = 0; /* the hardware only as a listing claims it */
	int i;

	if (!r)
		return NULL;
	r->verdict = MV_ADVICE_NONE;
	r->identity = MV_VERDICT_UNKNOWN;
	r->lead = -1;
	/* an input given empty is an input not understood, not one left out */
	if (q->props)
		add_id(db, r, q->props, q->props_len, "dump");
	if (q->model)
		add_id(db, r, q->model, strlen(q->model), "model number");
	if (q->version)
		add_id(db, r, q->version, strlen(q->version), "version");
	if (q->imei)
		add_id(db, r, q->imei, strlen(q->imei), "IMEI");
	if (q->listing) {
		mv_listing_query lq = {q->country, q->carrier, q->rates};
		r->listing = mv_listing_analyze(db, q->listing, q->listing_len, &lq);
		if (r->listing && r->listing->status != MV_OK) {
			r->status = r->listing->status;
			snprintf(r->error, sizeof r->error, "%s", r->listing->error);
			reason(r, "why_not_understood", "{\"what\":\"listing\"}", "listing not understood: %s", r->listing->error);
		}
	}
	if (r->n_ids == 0 && !r->listing) {
		r->status = MV_ERR_USAGE;
		mv_strlcpy(r->error, "nothing to check: give a listing, a dump, a version, a model number or an IMEI",
			   sizeof r->error);
		return r;
	}

	/* a model number and a version of two phones: the hardware's facts
	 * alone, and the disagreement said first */
	model_id = first_of(r, MV_KIND_MODEL);
	other_fw = disagreeing(db, r, model_id);
	/* hardware from the dump's bootloader, else the model number; firmware
	 * from the dump, else the version; the strongest report leads */
	for (i = 0; i < r->n_ids; i++) {
		const mv_report *id = r->ids[i];
		if (id->status != MV_OK || id == other_fw)
			continue;
		if (!hw[0] && strcmp(id->hardware_region, "unknown"))
			mv_strlcpy(hw, id->hardware_region, sizeof hw);
		if (!fw[0] && strcmp(id->firmware_region, "unknown"))
			mv_strlcpy(fw, id->firmware_region, sizeof fw);
		if (!codename[0] && id->codename[0] && !strchr(id->codename, '|'))
			mv_strlcpy(codename, id->codename, sizeof codename);
		/* a modified or custom firmware leads whatever came before it:
		 * a global model number under "MIUI by xiaomi.eu 12.0.8" is a
		 * custom ROM, not a Global Version */
		if (!best || (best->verdict == MV_VERDICT_UNKNOWN && id->verdict != MV_VERDICT_UNKNOWN) ||
		    id->verdict == MV_VERDICT_VENDOR_ROM ||
		    (id->verdict == MV_VERDICT_CUSTOM_ROM && best->verdict != MV_VERDICT_VENDOR_ROM))
			best = id;
	}
	/* (a listing of no phone, a case or a tablet, tells no phone's
	 * hardware, whatever version it claims) */
	if (r->listing && r->listing->status == MV_OK && !no_phone(r)) {
		if (!hw[0] && r->listing->hardware_region[0] && strcmp(r->listing->hardware_region, "unknown")) {
			mv_strlcpy(hw, r->listing->hardware_region, sizeof hw);
			claimed_hw = r->listing->device_from_name && !r->listing->model[0];
		}
		if (!codename[0] && r->listing->codename[0])
			mv_strlcpy(codename, r->listing->codename, sizeof codename);
	}

	/* what the phone is */
	if (best && best->verdict == MV_VERDICT_VENDOR_ROM)
		r->identity = MV_VERDICT_VENDOR_ROM;
	else if (best && best->verdict == MV_VERDICT_CUSTOM_ROM)
		r->identity = MV_VERDICT_CUSTOM_ROM;
	else if (!strcmp(hw, "china") && fw[0] && strcmp(fw, "china") && strcmp(fw, "custom"))
		r->identity = MV_VERDICT_GLOBAL_ROM;
	else if (!strcmp(hw, "china") && (!strcmp(fw, "china") || !fw[0]))
		r->identity = fw[0] ? MV_VERDICT_CHINA_VERSION : MV_VERDICT_CHINA_HARDWARE;
	else if (hw[0] && strcmp(hw, "china") && !(claimed_hw && !strcmp(fw, "china")))
		/* (a seller's claim of the hardware against China's firmware
		 * on the phone: the firmware's word, a claim is no fact) */
		r->identity = mv_global_like(hw) ? MV_VERDICT_GLOBAL_VERSION : MV_VERDICT_MARKET_VERSION;
	else if (best)
		r->identity = best->verdict;

	/* the buyer's verdict */
	if (other_fw) {
		char vars[200];
		worsen(r, MV_ADVICE_CAUTION);
		mv_json_text(json_pack("{ssss}", "model", phone_of(model_id), "version", phone_of(other_fw)), vars, sizeof vars);
		reason(r, "why_ids_disagree", vars,
		       "the model number is the %s's, the version the %s's firmware: not one phone's; check both on the phone itself (Settings > About phone)",
		       phone_of(model_id), phone_of(other_fw));
	}
	if (r->identity == MV_VERDICT_VENDOR_ROM) {
		worsen(r, MV_ADVICE_AVOID);
		reason(r, "f_modified_firmware", NULL, "%s", best->summary);
	} else if (r->identity == MV_VERDICT_CUSTOM_ROM) {
		worsen(r, MV_ADVICE_CAUTION);
		reason(r, "why_custom_rom", NULL, "a custom ROM: no official updates or warranty");
	} else if (r->identity == MV_VERDICT_GLOBAL_ROM) {
		worsen(r, MV_ADVICE_CAUTION);
		reason(r, "why_global_rom_check", NULL,
		       "a China phone with a Global ROM: updates and warranty are at risk; worth it only if the bands fit and the saving is large");
	} else if (r->identity == MV_VERDICT_CHINA_VERSION && !hw[0]) {
		/* China's firmware alone: the hardware is no fact yet */
		worsen(r, MV_ADVICE_CAUTION);
		reason(r, "why_china_firmware", NULL,
		       "China firmware: most often a China phone, not a Global Version (the model number would confirm the hardware); no Google apps out of the box on China's ROM");
	} else if (r->identity == MV_VERDICT_CHINA_VERSION || r->identity == MV_VERDICT_CHINA_HARDWARE) {
		worsen(r, MV_ADVICE_CAUTION);
		reason(r, "why_china_hardware", NULL, "China hardware: not a Global Version; no Google apps out of the box if it runs its own ROM");
	} else if ((r->identity == MV_VERDICT_GLOBAL_VERSION || r->identity == MV_VERDICT_MARKET_VERSION) &&
		   (other_fw || (claimed_hw && !firmware_sold_with(db, codename, hw, fw)))) {
		/* two phones' inputs (said above), or a seller's claim of the
		 * hardware against another market's firmware on the phone: no
		 * praise, no word of flashing */
	} else if ((r->identity == MV_VERDICT_GLOBAL_VERSION || r->identity == MV_VERDICT_MARKET_VERSION) &&
		   !firmware_sold_with(db, codename, hw, fw)) {
		char vars[200];
		worsen(r, MV_ADVICE_CAUTION);
		mv_json_text(json_pack("{ssss}", "fw_region", fw, "hw_region", hw), vars, sizeof vars);
		reason(r, "why_fw_other_market", vars,
		       "%s firmware on the %s version's hardware: not the firmware it was sold with, so it was flashed; updates and warranty are at risk",
		       mv_region_name(fw), mv_region_name(hw));
	} else if (r->identity == MV_VERDICT_GLOBAL_VERSION) {
		/* "official firmware" only of a build the list holds, and
		 * "its own" only of the Global Version's markets' */
		int own = fw[0] && strcmp(fw, "india") && strcmp(fw, "japan") && official_firmware(r, other_fw);
		worsen(r, MV_ADVICE_GOOD);
		reason(r, own ? "why_global_hw_fw" : "why_global_hw", NULL, "international hardware%s: what most buyers want",
		       own ? " on its own official firmware" : "");
	} else if (r->identity == MV_VERDICT_MARKET_VERSION) {
		/* its own firmware only when the firmware is its market's */
		int own = !strcmp(fw, hw) && official_firmware(r, other_fw);
		char vars[200];
		worsen(r, MV_ADVICE_GOOD);
		mv_json_text(json_pack("{ss}", "hw_region", hw), vars, sizeof vars);
		reason(r, own ? "why_market_hw_fw" : "why_market_hw", vars,
		       "hardware made for the %s market%s: its bands and warranty are that market's", mv_region_name(hw),
		       own ? " on its own official firmware" : "");
	}
	/* a dump whose chip no phone of its name had: not that phone */
	for (i = 0; i < r->n_ids; i++) {
		const mv_report *id = r->ids[i];
		char vars[240];
		if (id->status != MV_OK || !id->chip_other || !id->summary_vars[0])
			continue;
		worsen(r, MV_ADVICE_AVOID);
		mv_strlcpy(vars, id->summary_vars, sizeof vars);
		reason(r, "why_chip_other", vars, "%s", id->summary);
	}
	{
		/* the IMEI given, else one the dump or the listing states (an
		 * Apple iPhone's TAC in a "Redmi Note 13 ... global" listing) */
		char stated[16];
		const char *imei = q->imei;
		if (!imei && ((q->props && imei_stated(q->props, q->props_len, stated)) ||
			      (q->listing && imei_stated(q->listing, q->listing_len, stated))))
			imei = stated;
		imei_against_model(db, r, imei, model_id);
	}
	for (i = 0; i < r->n_ids; i++) {
		const mv_report *id = r->ids[i];
		if (id->status == MV_OK && id != other_fw && id->end_of_life == MV_YES) {
			worsen(r, MV_ADVICE_CAUTION);
			reason(r, "i_eol", NULL, "the device is at end of life: no more official updates");
			break;
		}
	}
	if (r->listing && r->listing->status == MV_OK) {
		const mv_listing_report *l = r->listing;
		worsen(r, l->verdict);
		/* a Global ROM promised, China's firmware on the phone: said
		 * before the listing's own words of its ROM */
		if (l->claimed_variant == MV_CLAIM_GLOBAL_ROM && !strcmp(fw, "china")) {
			worsen(r, MV_ADVICE_CAUTION);
			reason(r, "why_rom_claim_vs_fw", NULL,
			       "the listing promises a Global ROM, but the phone runs China's firmware: not what was listed");
		}
		for (i = 0; i < l->n_flags; i++) /* the gravest first */
			if (l->flags[i].severity == MV_SEV_HIGH) {
				char key[40];
				reason(r, mv_cat(key, sizeof key, "f_", l->flags[i].code, NULL), NULL, "%s", l->flags[i].text);
			}
		for (i = 0; i < l->n_flags; i++)
			if (l->flags[i].severity == MV_SEV_WARNING) {
				char key[40];
				reason(r, mv_cat(key, sizeof key, "f_", l->flags[i].code, NULL), NULL, "%s", l->flags[i].text);
			}
		/* a listing of no flags that is no "good": its own reason
		 * ("does not say which version it sells"), not a bare "be
		 * careful" (a buyer's review of the page) */
		for (i = 0; i < l->n_reasons && l->verdict != MV_ADVICE_GOOD && !r->n_reasons; i++)
			reason(r, l->reason_keys[i], l->reason_vars[i], "%s", l->reasons[i]);
		/* the listing's word against the phone's facts */
		if (l->model[0] && model_id && model_id->model[0] && strcasecmp(l->model, model_id->model)) {
			/* the model number it stated is not the phone's: China's
			 * under an international one's is another phone than
			 * listed */
			char vars[160];
			int other_market = !strcmp(model_id->hardware_region, "china") && strcmp(l->hardware_region, "china");
			worsen(r, other_market ? MV_ADVICE_AVOID : MV_ADVICE_CAUTION);
			mv_json_text(json_pack("{ssss}", "listed", l->model, "phone", model_id->model), vars, sizeof vars);
			reason(r, "why_listed_model_differs", vars,
			       "the listing states model %s, but the phone's is %s: not the phone that was listed", l->model,
			       model_id->model);
		}
		if (l->claimed_variant == MV_CLAIM_GLOBAL_VERSION && !strcmp(hw, "china")) {
			worsen(r, MV_ADVICE_AVOID);
			reason(r, "why_claim_vs_hw", NULL, "the listing claims a Global Version, but the hardware is China's");
		} else if (mv_listing_global_claim(l->claimed_variant) && !strcmp(hw, "china")) {
			/* the EU's, India's or a market's own phone is no China
			 * phone either */
			worsen(r, MV_ADVICE_AVOID);
			reason(r, "why_claim_intl_vs_hw", NULL,
			       "the listing claims a version sold outside China, but the hardware is China's");
		}
	}

	/* the bands on the buyer's carriers: of one phone (a name of two,
	 * "Redmi Note 14 Pro" the 4G and the 5G one, waits for the model
	 * number) */
	/* (a thing made for a phone, or another of Xiaomi's goods, has no
	 * bands: a case's answer is no phone's carriers) */
	if (no_phone(r))
		;
	else if (q->country && *q->country && strchr(codename, '|')) {
		/* each by its name ("Redmi Note 14 Pro 4G, Redmi Note 14 Pro
		 * 5G"), its codename where it has none */
		char phones[160] = "", vars[256], one[48], names[8][64], markets[8][64];
		const char *c = codename, *said = r->listing && r->listing->n_names ? r->listing->names[0] : "";
		while (*c) {
			size_t len = strcspn(c, "|");
			int nn, k, pick = 0;
			mv_strncpy0(one, sizeof one, c, len);
			/* the name that holds the one said ("Redmi Note 14 Pro 5G",
			 * not its POCO X7) */
			nn = mv_db_names(db, one, names, markets, 8, NULL, 0);
			for (k = 0; k < nn && said[0]; k++)
				if (!strncasecmp(names[k], said, strlen(said))) {
					pick = k;
					break;
				}
			mv_cat(phones + strlen(phones), sizeof phones - strlen(phones), phones[0] ? ", " : "",
			       nn > 0 ? names[pick] : one, NULL);
			c += len + (c[len] == '|');
		}
		mv_json_text(json_pack("{ss}", "phones", phones), vars, sizeof vars);
		reason(r, "why_bands_two_phones", vars,
		       "bands: the name is of more than one phone (%s), each with its own bands: the model number tells which", phones);
	} else if (q->country && *q->country && codename[0] && hw[0]) {
		/* by the model number given, whose name picks the sheet (as
		 * `mivet bands` and identify read it) */
		mv_bands_query bq = {model_id && model_id->model[0] && !strcmp(model_id->codename, codename) ? model_id->model
														  : codename,
				     hw, NULL, q->country, q->carrier};
		r->bands = mv_bands_check(db, &bq);
		if (r->bands && r->bands->status == MV_OK) {
			int poor = 0, rated = 0;
			for (i = 0; i < r->bands->n_carriers; i++) {
				mv_fit f = mv_carrier_counts(r->bands, &r->bands->carriers[i]) ? r->bands->carriers[i].rating
										       : MV_FIT_UNKNOWN;
				rated += f != MV_FIT_UNKNOWN;
				poor += f == MV_FIT_POOR || f == MV_FIT_NONE || f == MV_FIT_PARTIAL;
			}
			if (rated && 2 * poor >= rated) {
				char vars[96];
				int on_main = r->bands->n_main >= 2; /* counted on the main networks, where known */
				worsen(r, r->identity == MV_VERDICT_GLOBAL_ROM ? MV_ADVICE_AVOID : MV_ADVICE_CAUTION);
				mv_json_text(json_pack("{sisiss}", "n", poor, "of", rated, "country", r->bands->country_name), vars,
					     sizeof vars);
				reason(r, on_main ? "why_bands_check_main" : "why_bands_check", vars,
				       on_main ? "its bands fit only partly or poorly on %d of the %d main networks of %s"
					    : "its bands fit only partly or poorly on %d of %d carriers of %s",
				       poor, rated, r->bands->country_name);
			}
		} else if (r->bands)
			reason(r, NULL, NULL, "bands: %s", r->bands->error);
	} else if (q->country && *q->country)
		bands_by_version(db, q, r);
	/* nothing for or against it: what the inputs did tell ("Official India
	 * firmware for ..., a phone Xiaomi sold in no China version") */
	if (r->n_reasons == 0 && best && best->summary[0] && strcmp(best->summary_key, "id_cannot_tell"))
		reason(r, best->summary_key, best->summary_vars, "%s", best->summary);
	if (r->lead < 0 || r->lead >= r->n_reasons)
		r->lead = 0;
	snprintf(r->summary, sizeof r->summary, "%s%s%s%s", r->verdict == MV_ADVICE_GOOD ? "Looks good" :
		 r->verdict == MV_ADVICE_AVOID ? "Avoid" : r->verdict == MV_ADVICE_CAUTION ? "Be careful" : "Cannot tell",
		 r->n_reasons ? ": " : ".", r->n_reasons ? r->reasons[r->lead] : "",
		 r->n_reasons && !mv_endswith(r->reasons[r->lead], ".") ? "." : ""); /* (a reason of sentences has its own) */
	return r;
}

void mv_check_report_free(mv_check_report *r)
{
	int i;

	if (!r)
		return;
	for (i = 0; i < r->n_by_version; i++)
		mv_bands_report_free(r->by_version[i].bands);
	for (i = 0; i < r->n_ids; i++)
		mv_report_free(r->ids[i]);
	mv_listing_report_free(r->listing);
	mv_bands_report_free(r->bands);
	free(r);
}
