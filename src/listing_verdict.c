/* listing_verdict.c - the buyer's guide's reasoning over a listing's claim
 * and flags: for most people the Global Version; a Global ROM only when the
 * bands fit, the saving is large and the risks accepted; never "good" with
 * a high flag. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "listing_stages.h"

/* The market of a local_version claim by its name ("Turkey"; its code
 * when the operator table has no such country), and whether the buyer's
 * country is another. */
static int market_named(mv_db *db, const mv_listing_query *q, const char *market, char *name, size_t size)
{
	mv_operator op;
	char iso[16] = "", buyer[16] = "", bname[64];
	const char *p;

	mv_strlcpy(name, market, size);
	if (mv_db_operators(db, market, &op, 1, iso, sizeof iso, bname, sizeof bname) > 0)
		mv_strlcpy(name, bname, size);
	if (!q || !q->country || !*q->country ||
	    mv_db_operators(db, q->country, &op, 1, buyer, sizeof buyer, bname, sizeof bname) <= 0)
		return 0;
	/* the buyer's code may be of several territories: "AU/CC/CX" */
	for (p = buyer; *p; p += strcspn(p, "/"), p += *p == '/')
		if (strcspn(p, "/") == strlen(market) && !strncasecmp(p, market, strlen(market)))
			return 0;
	return 1;
}

/* A reason's one variable as its JSON ({"phone":"POCO M5"}) into "vars";
 * 0 and "vars" empty when the value (of at most 64 bytes) does not fit. */
static int one_var(char *vars, size_t size, const char *name, const char *value)
{
	char quoted[6 * 64 + 3];
	size_t n = strlen(value);

	*mv_json_quote(quoted, value, n < 64 ? n : 64) = '\0';
	if (snprintf(vars, size, "{\"%s\":%s}", name, quoted) < (int)size)
		return 1;
	vars[0] = '\0';
	return 0;
}

/* A local_version claim's reason: the market's own unit. */
static void local_reason(mv_db *db, const mv_listing_query *q, mv_listing_report *r, int warn)
{
	char name[64], text[240], vars[96];
	int elsewhere = 0;

	if (!r->claimed_market[0]) {
		mv_listing_reason(r, "%s",
				  warn ? "claims an official unit of a local market, but see the warnings"
				       : "claims an official unit of a local market with nothing against it in the listing (a claim, still: check the model number on arrival)");
		mv_listing_said(r, warn ? "why_claim_warnings_local_any" : "why_claim_ok_local_any");
		return;
	}
	elsewhere = market_named(db, q, r->claimed_market, name, sizeof name);
	/* a name too long for the room: the market's code */
	if (!one_var(vars, sizeof vars, "market", name))
		one_var(vars, sizeof vars, "market", r->claimed_market);
	mv_listing_reason(r, "%s",
			  mv_cat(text, sizeof text, "claims an official unit of ", name,
				 warn ? "'s market, but see the warnings"
				      : "'s market with nothing against it in the listing: made for that market, with its warranty there (a claim, still: check the model number on arrival)",
				 NULL));
	mv_listing_said_vars(r, warn ? "why_claim_warnings_local" : "why_claim_ok_local", vars);
	if (elsewhere) {
		mv_listing_reason(r, "%s",
				  mv_cat(text, sizeof text, "made for ", name,
					 "'s market: its warranty is served there, not in your country", NULL));
		mv_listing_said_vars(r, "why_local_elsewhere", vars);
	}
}

/* The guide's reasoning: for most people the Global Version; a Global ROM
 * only when the bands fit, the saving is large and the risks accepted. */
void mv_listing_verdict(mv_db *db, const mv_listing_query *q, mv_listing_report *r)
{
	int i, high = 0, warn = 0;
	mv_claim claim = r->claimed_variant;
	const char *other;

	for (i = 0; i < r->n_flags; i++) {
		high += r->flags[i].severity == MV_SEV_HIGH;
		warn += r->flags[i].severity == MV_SEV_WARNING;
	}
	/* a case, a part, a ROM; a page of another maker's phone, or of many,
	 * where nothing warns; another maker's phone, its used state or
	 * warranty whatever they say; a text with no word of Xiaomi's: no
	 * Xiaomi phone to judge */
	other = mv_listing_has_flag(r, "made_for_phone") ? "made_for_phone"
		: !r->codename[0] && !high && !warn && mv_listing_has_flag(r, "page_title_only") ? "page_title_only"
		/* with a phone's name, its own: "Mi 4C Wifi Router" */
		: mv_listing_has_flag(r, "other_product") && (r->codename[0] || (!high && !warn)) ? "other_product"
		: !r->codename[0] && !high && mv_listing_has_flag(r, "other_maker")	       ? "other_maker"
		: !r->codename[0] && !high && !warn && mv_listing_has_flag(r, "no_xiaomi")     ? "no_xiaomi"
											       : NULL;
	if (other) {
		r->verdict = MV_ADVICE_NONE;
		for (i = 0; i < r->n_flags; i++)
			if (!strcmp(r->flags[i].code, other)) {
				mv_listing_reason(r, "%s", r->flags[i].text);
				mv_listing_said_flag(r, r->flags[i].code);
			}
	} else if (high) {
		r->verdict = MV_ADVICE_AVOID;
		for (i = 0; i < r->n_flags; i++)
			if (r->flags[i].severity == MV_SEV_HIGH) {
				mv_listing_reason(r, "%s", r->flags[i].text);
				mv_listing_said_flag(r, r->flags[i].code);
			}
	} else if (claim == MV_CLAIM_GLOBAL_ROM) {
		r->verdict = MV_ADVICE_CAUTION;
		mv_listing_reason(r, "a Global ROM is a China phone with replaced firmware: updates and warranty are at risk");
		mv_listing_said(r, "why_global_rom");
		if (r->bands_rating[0] && (!strcmp(r->bands_rating, "poor") || !strcmp(r->bands_rating, "none"))) {
			r->verdict = MV_ADVICE_AVOID;
			mv_listing_reason(r, "its bands do not fit your carriers (%s)", r->bands_rating);
			mv_listing_said(r, "why_bands_no_fit");
		} else if (!r->bands_rating[0] && r->bands_note[0])
			mv_listing_reason(r, "its bands: %s", r->bands_note);
		else if (!r->bands_rating[0])
			mv_listing_reason(r, "check its bands for your carriers (%s)",
			       r->codename[0] ? "give --country" : "the listing names no device mivet knows");
		if (!r->bands_rating[0] && !r->bands_note[0])
			mv_listing_said(r, "why_check_bands");
	} else if (claim == MV_CLAIM_CHINA_VERSION) {
		r->verdict = MV_ADVICE_CAUTION;
		mv_listing_reason(r, "a China Version: no Google apps out of the box, Chinese-first software, bands for China");
		mv_listing_said(r, "why_china_version");
	} else if (mv_listing_global_claim(claim) && !warn && !r->codename[0]) {
		/* a claim about a phone no one can look up: clones name none (a
		 * market's own unit said as such: "Xiaomi Türkiye Garantili") */
		r->verdict = MV_ADVICE_CAUTION;
		if (claim == MV_CLAIM_LOCAL_VERSION) {
			mv_listing_reason(r, "claims a market's own official unit, but names no phone mivet knows: ask the seller for the model number before paying");
			mv_listing_said(r, "why_local_no_phone");
		} else {
			mv_listing_reason(r, "claims an international version, but names no phone mivet knows: ask the seller for the model number before paying");
			mv_listing_said(r, "why_claim_no_phone");
		}
	} else if (claim == MV_CLAIM_LOCAL_VERSION) {
		r->verdict = warn ? MV_ADVICE_CAUTION : MV_ADVICE_GOOD;
		local_reason(db, q, r, warn);
	} else if (mv_listing_global_claim(claim) && !warn) {
		char text[240]; /* put together, not printf'd: a scan makes one per line */
		r->verdict = MV_ADVICE_GOOD;
		mv_listing_reason(r, "%s",
		       mv_cat(text, sizeof text, "claims the ",
			      claim == MV_CLAIM_GLOBAL_VERSION ? "Global Version"
			      : claim == MV_CLAIM_EEA_VERSION  ? "EU version"
							       : "India version",
			      " with nothing against it in the listing: what most buyers want (a claim, still: check the model number on arrival)",
			      NULL));
		mv_listing_said(r, claim == MV_CLAIM_GLOBAL_VERSION ? "why_claim_ok_global"
				   : claim == MV_CLAIM_EEA_VERSION  ? "why_claim_ok_eu"
								    : "why_claim_ok_india");
	} else if (mv_listing_global_claim(claim)) {
		r->verdict = MV_ADVICE_CAUTION;
		mv_listing_reason(r, "%s",
		       claim == MV_CLAIM_EEA_VERSION	 ? "claims the EU version, but see the warnings"
		       : claim == MV_CLAIM_INDIA_VERSION ? "claims the India version, but see the warnings"
							 : "claims the Global Version, but see the warnings");
		mv_listing_said(r, claim == MV_CLAIM_EEA_VERSION     ? "why_claim_warnings_eu"
				   : claim == MV_CLAIM_INDIA_VERSION ? "why_claim_warnings_india"
								     : "why_claim_warnings");
	} else if (r->model[0] && (!strcmp(r->hardware_region, "china") ||
				   (r->hardware_region[0] && strcmp(r->hardware_region, "unknown")))) {
		/* no version named, but the model number stated: the hardware's
		 * fact, in the seller's words (checked on arrival as a claim is) */
		char text[240], vars[96];
		int china = !strcmp(r->hardware_region, "china");
		r->verdict = china || warn ? MV_ADVICE_CAUTION : MV_ADVICE_GOOD;
		mv_listing_reason(r, "%s",
				  mv_cat(text, sizeof text, "the model number it states (", r->model,
					 china ? ") is China's: a China phone, whatever it runs; no Google apps out of the box, bands for China"
					 : warn ? ") is of a version sold outside China, but see the warnings"
						: ") is of a version sold outside China, and nothing in the listing is against it: what most buyers want (check the model number on the phone on arrival)",
					 NULL));
		one_var(vars, sizeof vars, "model", r->model);
		mv_listing_said_vars(r, china ? "why_model_china" : warn ? "why_model_warnings" : "why_model_ok", vars);
	} else if (!warn && r->no_china_version) {
		/* no version named, of a phone the data knows no China
		 * version of: no China phone with its firmware replaced, but
		 * which market's, the listing does not say (a claim it makes
		 * none of: a caution still) */
		char text[240], vars[96];
		r->verdict = MV_ADVICE_CAUTION;
		mv_listing_reason(r, "%s",
				  mv_cat(text, sizeof text, "no China version of the ", r->names[0],
					 " is known (no China model number or firmware): no China phone with replaced firmware, but the listing does not say which market's version: ask the seller for the model number",
					 NULL));
		one_var(vars, sizeof vars, "phone", r->names[0]);
		mv_listing_said_vars(r, "why_no_china_version", vars);
	} else {
		r->verdict = MV_ADVICE_CAUTION;
		mv_listing_reason(r, "the listing does not say which version it sells: ask the seller for the model number");
		mv_listing_said(r, "why_no_version");
	}
	if (warn && r->verdict != MV_ADVICE_AVOID)
		for (i = 0; i < r->n_flags; i++)
			if (r->flags[i].severity == MV_SEV_WARNING) {
				mv_listing_reason(r, "%s", r->flags[i].text);
				mv_listing_said_flag(r, r->flags[i].code);
			}
}

