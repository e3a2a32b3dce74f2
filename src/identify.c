/* identify.c - what a phone really is, from a version, a model number, an
 * IMEI or a property dump: the decoders' findings put together with the
 * facts of the database into regions, official status and a verdict, each
 * conclusion with its evidence. */
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define MAX_CANDS 16

/* ------------------------------------------------------------ report helpers */

static void evidence(mv_report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void evidence(mv_report *r, const char *fmt, ...)
{
	va_list ap;

	if (r->n_evidence == MV_MAX_EVIDENCE)
		return;
	va_start(ap, fmt);
	vsnprintf(r->evidence[r->n_evidence], sizeof r->evidence[0], fmt, ap);
	mv_utf8_cut(r->evidence[r->n_evidence]);
	va_end(ap);
	r->n_evidence++;
}

/* Mark the build modified; the evidence just added is the reason, and the
 * first reason leads the summary. */
static void modified(mv_report *r)
{
	if (r->modified != MV_YES && r->n_evidence > 0)
		r->why_modified = r->n_evidence - 1;
	r->modified = MV_YES;
	r->official = MV_NO;
}

static void set(char *dst, size_t size, const char *src)
{
	mv_strlcpy(dst, src ? src : "", size);
}
#define SET(field, v) set(r->field, sizeof r->field, (v))

static int is_unknown(const char *region)
{
	return !region[0] || !strcmp(region, "unknown");
}

/* Months between two ISO dates "YYYY-MM-DD" (b - a), or -1. */
static int months_between(const char *a, const char *b)
{
	int ya, ma, da, yb, mb, db;

	if (sscanf(a, "%4d-%2d-%2d", &ya, &ma, &da) != 3 || sscanf(b, "%4d-%2d-%2d", &yb, &mb, &db) != 3)
		return -1;
	return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/* ------------------------------------------------------------ device facts */

/* Put name "i" of "r" first. */
static void name_first(mv_report *r, int i)
{
	char tn[64], tm[64];

	if (i <= 0)
		return;
	memcpy(tn, r->names[i], sizeof tn);
	memcpy(tm, r->markets[i], sizeof tm);
	memmove(r->names[1], r->names[0], (size_t)i * sizeof r->names[0]);
	memmove(r->markets[1], r->markets[0], (size_t)i * sizeof r->markets[0]);
	memcpy(r->names[0], tn, sizeof tn);
	memcpy(r->markets[0], tm, sizeof tm);
}

/* The brand of the name put first. */
static void brand_of_first_name(mv_report *r)
{
	if (!strncmp(r->names[0], "POCO", 4))
		mv_strlcpy(r->brand, "POCO", sizeof r->brand);
	else if (!strncasecmp(r->names[0], "Redmi", 5))
		mv_strlcpy(r->brand, "Redmi", sizeof r->brand);
	else
		mv_strlcpy(r->brand, "Xiaomi", sizeof r->brand);
}

/* Are "a" and "b" one phone's name, the one with a network word the
 * other leaves out ("POCO M3 Pro 5G", "POCO M3 Pro")? */
static int same_name_but_network(const char *a, const char *b)
{
	size_t ka = mv_without_network(a), kb = mv_without_network(b);

	return ka == kb && !strncasecmp(a, b, ka);
}

/* Is "a" the name "b", one of them the other's start before a space, or
 * the other with its brand's word ("MIX Flip", "Xiaomi MIX Flip")? */
static int same_phone_words(const char *a, const char *b)
{
	static const char *const brands[] = {"Xiaomi ", "Redmi ", "POCO ", "Mi "};
	size_t ka = strlen(a), kb = strlen(b), i;

	if ((!strncasecmp(a, b, kb) && (a[kb] == ' ' || !a[kb])) || (!strncasecmp(b, a, ka) && (b[ka] == ' ' || !b[ka])))
		return 1;
	for (i = 0; i < MV_ARRAY_LEN(brands); i++) {
		size_t w = strlen(brands[i]);
		if ((!strncasecmp(a, brands[i], w) && !strcasecmp(a + w, b)) ||
		    (!strncasecmp(b, brands[i], w) && !strcasecmp(b + w, a)))
			return 1;
	}
	return 0;
}

/* The name a model-number row gives its phone, into "out": its variant's,
 * the first of several, without the market's word or a bracket ("Redmi 14R
 * 5G China": "Redmi 14R 5G"; "Redmi 9 India / Redmi 9 Activ India": "Redmi
 * 9"), else its name's first ("Redmi 9T / Redmi 9 Power": "Redmi 9T"). */
static const char *row_phone(const mv_modelrow *row, char *out, size_t size)
{
	char region[24]; /* the first of "latam|japan|korea" */
	const char *market, *from = row->variant[0] ? row->variant : row->name;
	size_t k = strcspn(from, "/("), m;

	mv_strncpy0(region, sizeof region, row->region, strcspn(row->region, "|"));
	market = mv_region_name(region);
	m = strlen(market);

	/* (a bracket's words after it: "... by Leica (China, Tiantong ...)") */
	while (k > 0 && from[k - 1] == ' ')
		k--;
	if (from == row->variant && region[0]) {
		if (k > m + 1 && from[k - m - 1] == ' ' && !strncasecmp(from + k - m, market, m))
			k -= m + 1;
		else if ((m = strlen(region)) && k > m + 1 && from[k - m - 1] == ' ' &&
			 !strncasecmp(from + k - m, region, m))
			k -= m + 1;
	}
	mv_strncpy0(out, size, from, k);
	return out;
}

/* The phone the model number names, when it is one of the device's names
 * (ruby's firmware serves the Redmi Note 12 Pro and Pro+: 22101316UG is the
 * Pro+; camellian's M2103K19PG is the POCO M3 Pro 5G, the device's "POCO M3
 * Pro", not its Redmi Note 10 5G), put first: by the whole name, else with
 * a network word one of them leaves out.  Where none is, the number's own
 * leads, as its row writes it (rosemary's 2207117BPG is the POCO M5s, its
 * device list the Redmi Note 10S's; M2010J19SI India's Redmi 9 Power). */
static void prefer_model_name(mv_db *db, mv_report *r)
{
	mv_modelrow rows[8];
	int n = r->model[0] ? mv_db_model(db, r->model, rows, (int)MV_ARRAY_LEN(rows)) : 0, i, k, loose;
	char name[64];

	for (loose = 0; loose < 2; loose++)
		for (k = 0; k < n; k++)
			for (i = 0; i < r->n_names; i++) {
				row_phone(&rows[k], name, sizeof name);
				if (loose ? same_name_but_network(name, r->names[i]) || same_name_but_network(rows[k].name, r->names[i])
					  : !strcasecmp(name, r->names[i]) || !strcasecmp(rows[k].name, r->names[i])) {
					if (i > 0) {
						name_first(r, i);
						brand_of_first_name(r);
					}
					return;
				}
			}
	if (n > 0 && rows[0].name[0] && (r->n_names == 0 || mv_list_has(rows[0].codename, r->codename)) &&
	    mv_is_ascii(row_phone(&rows[0], name, sizeof name))) {
		/* not a name the device's list writes longer or with its brand
		 * ("Redmi Note 12" of its "Redmi Note 12 4G NFC", "MIX Flip"
		 * of "Xiaomi MIX Flip"): that one stays */
		for (i = 0; i < r->n_names; i++)
			if (same_phone_words(name, r->names[i]))
				return;
		i = r->n_names < MV_MAX_NAMES ? r->n_names++ : r->n_names - 1;
		mv_strlcpy(r->names[i], name, sizeof r->names[i]);
		mv_strlcpy(r->markets[i], rows[0].region, sizeof r->markets[i]);
		name_first(r, i);
		brand_of_first_name(r);
	}
}

/* Is "model" a China model number by its form ("2406ERN9CC": the last
 * letter C)? */
static int china_model(const char *model)
{
	mv_model m;

	return *model && mv_model_parse(model, strlen(model), &m, NULL, 0) == MV_OK && !strcmp(m.suffix, "C");
}

/* Is name "i" of "r" sold in market "want" (its markets "global/eea/...")? */
static int name_sold_in(const mv_report *r, int i, const char *want)
{
	char bar[80], pat[32];

	snprintf(pat, sizeof pat, "/%s/", want);
	snprintf(bar, sizeof bar, "/%s/", r->markets[i]);
	return strstr(bar, pat) != NULL;
}

/*
 * Put first the name sold in the market of this phone: the firmware's region,
 * else the hardware's ("alioth" on EEA firmware is a POCO F3, not a K40).
 */
static void prefer_market_name(mv_report *r, const char *brand)
{
	const char *want = !is_unknown(r->firmware_region) && strcmp(r->firmware_region, "custom")
				   ? r->firmware_region : r->hardware_region;
	int i, pick = -1;

	if (is_unknown(want))
		return;
	/* the first sold there; of those, one of "brand" where it is given
	 * (a Redmi's "Redmi Note 10T 5G", not the same phone's POCO name) */
	for (i = 0; i < r->n_names; i++)
		if (name_sold_in(r, i, want) && (pick < 0 || (brand && !strncasecmp(r->names[i], brand, strlen(brand)) &&
							     strncasecmp(r->names[pick], brand, strlen(brand)))))
			pick = i;
	if (pick >= 0) {
		name_first(r, pick);
		brand_of_first_name(r);
	}
}

/* Fill names, brand, end of life and Play certification for r->codename. */
/* Of a device's "k" names, the one asked for ("asked"), else the first
 * that starts with it as a word ("Redmi Note 13 Pro 4G"), else the first. */
static int name_as_asked(char (*names)[64], int k, const char *asked)
{
	size_t n = strlen(asked);
	int i, prefix = -1;

	for (i = 0; i < k; i++) {
		if (!strcasecmp(names[i], asked))
			return i;
		if (prefix < 0 && !strncasecmp(names[i], asked, n) && names[i][n] == ' ')
			prefix = i;
	}
	return prefix >= 0 ? prefix : 0;
}

static void device_facts(mv_db *db, mv_report *r)
{
	char models[256], eol[128];
	const char *cn = r->codename;

	if (!cn[0])
		return;
	if (strchr(cn, '|')) {
		/* several devices ("shennong|shennong_t"): the first name of
		 * each, for the words that name the phone */
		if (r->n_names)
			return;
		while (*cn) {
			char one[48], names[8][64], markets[8][64], brand[32];
			size_t w = strcspn(cn, "|");
			int i, have = 0, k, pick;
			mv_strncpy0(one, sizeof one, cn, w);
			cn += w + (cn[w] == '|');
			if ((k = mv_db_names(db, one, names, markets, 8, brand, sizeof brand)) < 1)
				continue;
			pick = name_as_asked(names, k, r->input);
			for (i = 0; i < r->n_names; i++)
				have |= !strcmp(r->names[i], names[pick]);
			if (!have && r->n_names < MV_MAX_NAMES)
				mv_strlcpy(r->names[r->n_names++], names[pick], sizeof r->names[0]);
		}
		/* none of them in the device list: the model number's name
		 * (M2007J17I, the Mi 10i: "gauguinin|gauguininpro") */
		if (!r->n_names)
			prefer_model_name(db, r);
		return;
	}
	r->n_names = mv_db_names(db, cn, r->names, r->markets, MV_MAX_NAMES, r->brand, sizeof r->brand);
	prefer_market_name(r, NULL);
	prefer_model_name(db, r);
	if (r->n_names) {
		mv_buf b = MV_BUF_INIT;
		int i;
		for (i = 0; i < r->n_names; i++)
			mv_buf_addf(&b, "%s%s%s%s%s", i ? (i == r->n_names - 1 ? " and " : ", ") : "", r->names[i],
				    r->markets[i][0] ? " (" : "", r->markets[i], r->markets[i][0] ? ")" : "");
		evidence(r, "device '%s' is sold as %s", cn, mv_buf_str(&b));
		mv_buf_release(&b);
		/* firmware of another market than China's, of a phone the data
		 * names in China alone (a Taiwan build of songyuan): its name
		 * there is not in the data */
		for (i = 0; i < r->n_names && !strcmp(r->markets[i], "china"); i++)
			;
		if (i == r->n_names && !is_unknown(r->firmware_region) && strcmp(r->firmware_region, "custom") &&
		    strcmp(r->firmware_region, "china") && r->official != MV_NO && r->modified != MV_YES)
			evidence(r, "the data has no name of '%s' for the %s market, whose firmware this is: its name there is unknown",
				 cn, mv_region_name(r->firmware_region));
	}
	if (mv_db_gplay(db, cn, models, sizeof models)) {
		r->play_certified = MV_YES;
		evidence(r, "Google Play certified: %s (xfu gplay list)", models);
	} else
		/* the list names some phones by another device name ("sunny"
		 * for mojito, "tissot_sprout" for tissot), and holds China's
		 * models too (the Redmi K70 Pro's 23117RK66C) */
		evidence(r, "'%s' is not found in the Google Play certified list, which names some phones by another device name: certification unknown",
			 cn);
	if (mv_db_eol(db, cn, is_unknown(r->firmware_region) ? "" : r->firmware_region, eol, sizeof eol)) {
		r->end_of_life = MV_YES;
		evidence(r, "end of life: '%s' is on Xiaomi's list of devices that get no more updates", eol);
	} else
		r->end_of_life = MV_NO;
}

/* ------------------------------------------------------------ firmware */

/*
 * How well the mod_device "mod" fits a build of region "region" with carrier
 * letters "carrier": its region, then its operator word ("_lm_cr_global"
 * for CR, none for XM), and a retail build over a preview ("_pre_").
 */
static int moddev_fit(const char *mod, const char *mod_region, const char *region, const char *carrier)
{
	char word[8];
	int sc = 0;

	if (!strcmp(mod_region, region))
		sc += 8;
	if (carrier[0] && strcmp(carrier, "XM")) {
		snprintf(word, sizeof word, "_%c%c_", mv_tolower((unsigned char)carrier[0]),
			 mv_tolower((unsigned char)carrier[1]));
		sc += strstr(mod, word) ? 4 : 0;
	} else {
		/* Xiaomi's own build: the suffix is the region alone */
		static const char *const words[] = {"_global", "_eea_global", "_ru_global", "_tr_global",
						    "_id_global", "_tw_global", "_in_global", "_jp_global",
						    "_kr_global", "_lm_global", "_mx_global", "_cl_global",
						    "_gt_global", "_za_global"};
		size_t k;
		const char *u = strchr(mod, '_');
		if (!u)
			sc += 4;
		for (k = 0; u && k < MV_ARRAY_LEN(words); k++)
			if (mv_endswith(mod, words[k]) && strlen(mod) - strlen(words[k]) == (size_t)(u - mod))
				sc += 4;
	}
	if (!strstr(mod, "_pre_") && !strstr(mod, "_pre") && !strstr(mod, "_demo") && !strstr(mod, "_dpp"))
		sc += 2;
	return sc;
}

/* The codename a sub-variant's builds are filed under in the release list
 * ("alioth_pre" under alioth) into "codename", unless the sub-variant is a
 * phone of its own, sold under none of the other's names (sweet_k6a, the
 * Redmi Note 12 Pro 4G, is filed under sweet, the Redmi Note 10 Pro; the
 * Redmi 10A under the Redmi 9A): its own then; and its own when only it
 * is sold in a market the tables name. */
static void filed_codename(mv_db *db, const char *mod_device, char *codename, size_t size)
{
	char filed[48], own[8][64], other[8][64], markets[8][64], brand[32];
	int n_own, n_other, i, j, shared = 0, own_sold = 0, filed_sold = 0;

	if (!mv_db_moddev_codename(db, mod_device, codename, filed, sizeof filed))
		return;
	n_own = mv_db_names(db, codename, own, markets, 8, brand, sizeof brand);
	for (i = 0; i < n_own; i++)
		own_sold |= markets[i][0] != '\0';
	n_other = mv_db_names(db, filed, other, markets, 8, brand, sizeof brand);
	for (j = 0; j < n_other; j++)
		filed_sold |= markets[j][0] != '\0';
	for (i = 0; i < n_own; i++)
		for (j = 0; j < n_other; j++)
			shared |= !strcmp(own[i], other[j]);
	/* the device the phone is sold as, not a name the list alone has
	 * (the Mi A3's laurel_sprout, filed under "laurel", sold as none) */
	if (n_own <= 0 || (shared && (filed_sold || !own_sold)))
		mv_strlcpy(codename, filed, size);
}

/*
 * Decide the codename from the version's letters: the four letters of
 * device and region name one or more mod_devices (data/mod_devices.tsv).
 * Several codenames (begonia / begoniain) are narrowed by the official list.
 */
static void codename_from_code(mv_db *db, mv_report *r, const mv_version *v, mv_release *rel, int nrel)
{
	mv_moddev m[MAX_CANDS];
	char code4[8];
	int n, i, j, kept = 0;
	char cands[MAX_CANDS][48];

	snprintf(code4, sizeof code4, "%s%s", v->device_code, v->region_code);
	n = mv_db_moddev_by_code(db, code4, m, MAX_CANDS);
	for (i = 0; i < n; i++)
		filed_codename(db, m[i].mod_device, m[i].codename, sizeof m[i].codename);
	for (i = 0; i < n; i++) {
		int dup = 0;
		for (j = 0; j < kept; j++)
			dup |= !strcmp(cands[j], m[i].codename);
		if (!dup && kept < MAX_CANDS)
			mv_strlcpy(cands[kept++], m[i].codename, sizeof cands[0]);
	}
	if (kept > 1 && nrel > 0) {
		/* the official list says which of them got this very build, when
		 * only one of them did */
		int hit = -1, nhit = 0;
		for (j = 0; j < kept; j++)
			for (i = 0; i < nrel; i++)
				if (!strcmp(rel[i].codename, cands[j])) {
					hit = j;
					nhit++;
					break;
				}
		if (nhit == 1) {
			mv_strlcpy(cands[0], cands[hit], sizeof cands[0]);
			kept = 1;
		}
	}
	if (kept == 1) {
		int best = -1, best_score = -1;
		SET(codename, cands[0]);
		for (i = 0; i < n && !r->mod_device[0]; i++) {
			int sc;
			if (strcmp(m[i].codename, cands[0]))
				continue;
			sc = moddev_fit(m[i].mod_device, m[i].region, r->firmware_region, v->carrier);
			if (sc > best_score) {
				best = i;
				best_score = sc;
			}
		}
		if (best >= 0)
			SET(mod_device, m[best].mod_device);
		evidence(r, "device code '%s' with region '%s' is %s (%s) in the device-code table", v->device_code,
			 v->region_code, cands[0], r->mod_device[0] ? r->mod_device : m[0].mod_device);
	} else if (kept > 1) {
		mv_buf b = MV_BUF_INIT;
		for (i = 0; i < kept; i++)
			mv_buf_addf(&b, "%s%s", i ? "|" : "", cands[i]);
		SET(codename, mv_buf_str(&b));
		evidence(r, "device code '%s%s' is shared by %s: the version alone cannot tell which",
			 v->device_code, v->region_code, mv_buf_str(&b));
		mv_buf_release(&b);
	} else {
		n = mv_db_moddev_by_devcode(db, v->device_code, m, MAX_CANDS);
		if (n > 0 && strcmp(r->firmware_region, "china") && !is_unknown(r->firmware_region) &&
		    mv_db_china_only(db, m[0].codename)) {
			/* a build of another market for a phone Xiaomi sold only
			 * in China (a "Global ROM" on the Xiaomi 15 Pro): none is
			 * Xiaomi's */
			SET(codename, m[0].codename);
			evidence(r, "device code '%s' is %s, sold only in China: no %s build of it (code '%s') is Xiaomi's, so this one is a vendor's or a port",
				 v->device_code, m[0].codename, mv_region_name(r->firmware_region), code4);
			modified(r);
		} else if (n > 0) {
			SET(codename, m[0].codename);
			evidence(r, "device code '%s' is %s; no %s build of it (code '%s') is in the data: unknown, not necessarily fake",
				 v->device_code, m[0].codename, mv_region_name(r->firmware_region), code4);
		} else
			evidence(r, "device code '%s' is not in the device-code table (a device newer than the data, or not a real code)",
				 v->device_code);
	}
}

/* Is the build in the official list, and how far behind the newest is it? */
static void official_status(mv_db *db, mv_report *r, const mv_version *v, mv_release *rel, int nrel)
{
	SET(data_as_of, mv_db_release_horizon(db));
	mv_release latest;
	const mv_release *mine = NULL;
	const char *branch, *mod = r->mod_device;
	int i;

	for (i = 0; i < nrel; i++) {
		if (!r->codename[0] && strcmp(rel[i].codename, rel[0].codename))
			break; /* several devices got this build: none is "mine" */
		/* a build filed under another codename is still this one's
		 * when its mod_device is (sweet_k6a_global under sweet) */
		if (r->codename[0] && strcmp(rel[i].codename, r->codename) &&
		    (!r->mod_device[0] || strcmp(rel[i].mod_device, r->mod_device)))
			continue;
		if (r->mod_device[0] && strcmp(rel[i].mod_device, r->mod_device) && mine)
			continue;
		mine = &rel[i];
		if (!r->mod_device[0] || !strcmp(rel[i].mod_device, r->mod_device))
			break;
	}
	if (!r->codename[0] && nrel > 0) {
		int distinct = 1;
		for (i = 1; i < nrel; i++)
			distinct += strcmp(rel[i].codename, rel[i - 1].codename) != 0;
		if (distinct == 1)
			SET(codename, rel[0].codename);
		else
			mine = NULL;
	}
	if (mine) {
		r->official = r->official == MV_NO ? MV_NO : MV_YES;
		SET(release_date, mine->date);
		if (!r->mod_device[0])
			SET(mod_device, mine->mod_device);
		/* the list knows the kind better than the form ("OS1.0.11.3" is a
		 * stable hotfix) */
		if (!r->branch[0] || (!strcmp(r->branch, "beta") && !strcmp(mine->branch, "stable")))
			SET(branch, strstr(mine->branch, "beta") ? "beta" : mine->branch);
		if (is_unknown(r->firmware_region))
			SET(firmware_region, mine->region);
		if (!r->android[0] && mine->android[0])
			SET(android, mine->android);
		if (r->official == MV_YES)
			evidence(r, "official: %s is in Xiaomi's release list for %s (%s, %s)", mine->version,
				 mine->mod_device[0] ? mine->mod_device : mine->codename, mine->branch, mine->date);
	} else if (nrel > 0 && !strcmp(r->branch, "weekly") && !r->codename[0] && v->label_region[0] &&
		   strcmp(v->label_region, "china")) {
		/* "MIUI Global 8.4.19": the list's weekly builds are China's;
		 * the Global beta of that date is not in it */
		evidence(r, "the release list holds China's weekly builds of %s (%d device builds), not a %s one: official unknown",
			 v->text, nrel, mv_region_name(v->label_region));
	} else if (nrel > 0 && !strcmp(r->branch, "weekly") && !r->codename[0]) {
		mv_buf b = MV_BUF_INIT;
		for (i = 0; i < nrel && i < 6; i++)
			mv_buf_addf(&b, "%s%s", i ? ", " : "", rel[i].codename);
		evidence(r, "weekly build %s was released for %d device builds (%s%s); a weekly version does not name its device",
			 v->text, nrel, mv_buf_str(&b), nrel > 6 ? ", ..." : "");
		mv_buf_release(&b);
		r->official = MV_YES;
		SET(release_date, rel[0].date);
		SET(firmware_region, "china");
	} else if (r->official != MV_NO && v->code[0] && r->codename[0] && !strchr(r->codename, '|')) {
		r->official = MV_UNKNOWN;
		evidence(r, "%s is not in the release list the data holds (as of %s): unknown, not necessarily fake",
			 v->text, mv_db_release_horizon(db));
	}
	if (!r->codename[0] || strchr(r->codename, '|'))
		return;
	branch = !strcmp(r->branch, "stable") || !r->branch[0] ? "stable" : r->branch;
	/* the newer builds are of the list's own name for this build's line
	 * (the Mi A1's "tissot", where the device-code table says
	 * "tissot_global" of one older build) */
	if (mine && mine->mod_device[0])
		mod = mine->mod_device;
	if (mv_db_latest(db, r->codename, mod, r->firmware_region, branch, &latest) ||
	    mv_db_latest(db, r->codename, NULL, r->firmware_region, branch, &latest)) {
		SET(latest, latest.version);
		SET(latest_date, latest.date);
		if (r->release_date[0]) {
			r->behind_releases = mv_db_count_newer(db, r->codename, mod, r->firmware_region,
							       branch, r->release_date, v->text);
			r->behind_months = months_between(r->release_date, latest.date);
			if (r->behind_months < 0)
				r->behind_months = 0;
			if (strcmp(latest.version, v->text) && mv_version_cmp(v->text, latest.version) > 0)
				/* a stable beta after the last stable build
				 * (V14.0.9.0.SKGMIXM, 2024, after V14.0.8.0) */
				evidence(r, "newer than the newest official %s build for %s, %s (%s)", branch,
					 latest.mod_device[0] ? latest.mod_device : r->codename, latest.version, latest.date);
			else if (!strcmp(latest.version, v->text) || r->behind_releases == 0)
				evidence(r, "current: this is the newest official %s build for %s (%s)", branch,
					 latest.mod_device[0] ? latest.mod_device : r->codename, latest.date);
			else
				evidence(r, "behind: %d newer official %s builds, the newest %s (%s), %d months after this one",
					 r->behind_releases, branch, latest.version, latest.date, r->behind_months);
		} else if (mv_version_cmp(v->text, latest.version) > 0)
			evidence(r, "newer than the newest official %s build the list holds for %s: %s (%s)",
				 branch, latest.mod_device[0] ? latest.mod_device : r->codename, latest.version, latest.date);
		else
			evidence(r, "newest official %s build for %s: %s (%s)", branch,
				 latest.mod_device[0] ? latest.mod_device : r->codename, latest.version, latest.date);
	}
}

/* The newest Android letter the decoding rules know ('X' is Android 17). */
static char newest_letter(mv_db *db)
{
	char l;

	for (l = 'Z'; l > 'A'; l--)
		if (mv_db_rule(db, "android_letter", (char[]){l, 0}, 0))
			break;
	return l;
}

/*
 * The rules a version must keep to be official: letters the rules know, an
 * Android letter that OS release shipped on, a region label that matches
 * the letters, four number groups.
 */
static void version_checks(mv_db *db, mv_report *r, const mv_version *v)
{
	const mv_rule *rule;

	if (v->code[0] && !r->os[0])
		mv_db_os_for_letter(db, v->android_letter, r->os, sizeof r->os);
	if (v->code[0]) {
		if ((rule = mv_db_rule(db, "android_letter", (char[]){v->android_letter, 0}, 0))) {
			SET(android, rule->value);
			if (v->android_text[0] && strncmp(v->android_text, rule->value, strlen(v->android_text)))
				evidence(r, "'Android %s' written beside it, but the letter '%c' means Android %s",
					 v->android_text, v->android_letter, rule->value);
		}
		else if (v->android_letter > newest_letter(db)) {
			/* after the newest letter the data knows: a later Android,
			 * unknown rather than fake */
			evidence(r, "Android letter '%c' is after the newest the data knows ('%c'): a later Android release, unknown",
				 v->android_letter, newest_letter(db));
		} else {
			evidence(r, "Android letter '%c' is not one Xiaomi uses", v->android_letter);
			r->official = MV_NO;
			modified(r);
		}
		if ((rule = mv_db_rule(db, "version_region", v->region_code, 0))) {
			SET(firmware_region, rule->value);
			evidence(r, "region letters '%s' in %s: %s firmware", v->region_code, v->text,
				 mv_region_name(rule->value));
		} else {
			/* missing from the data is not fake: a region the data
			 * lacks is unknown */
			SET(firmware_region, "unknown");
			evidence(r, "region letters '%s': not in the data (%s); official: unknown, not necessarily fake",
				 v->region_code, "no source names them");
		}
		if (r->os[0] && v->major && v->android_letter) {
			int seen = mv_db_os_android_seen(db, r->os, v->major, v->android_letter);
			/* letters of a series the data lacks (a TV's "RSTAATV":
			 * region 'AA', carrier 'TV'): its own Android, unknown */
			int phone_letters = mv_db_rule(db, "version_region", v->region_code, 0) &&
					    (!strcmp(v->carrier, "XM") || mv_db_rule(db, "carrier", v->carrier, 0));
			if (seen == 0 && !phone_letters)
				evidence(r, "%s %d on Android %s (letter '%c') is in no phone's release list, but the letters '%s' are of a series the data lacks (a TV's, a tablet's): unknown, not necessarily edited",
					 r->os, v->major, r->android[0] ? r->android : "?", v->android_letter, v->code);
			else if (seen == 0) {
				evidence(r, "%s %d never shipped on Android %s (letter '%c'): the version was edited",
					 r->os, v->major, r->android[0] ? r->android : "?", v->android_letter);
				r->official = MV_NO;
				modified(r);
			} else if (seen == 2)
				evidence(r, "%s %d on Android %s (letter '%c') is not in the release list yet: unknown, not necessarily fake",
					 r->os, v->major, r->android[0] ? r->android : "?", v->android_letter);
		}
		if ((rule = mv_db_rule(db, "carrier", v->carrier, 0)) && strcmp(v->carrier, "XM")) {
			if (rule->note[0])
				evidence(r, "carrier letters '%s': %s", v->carrier, rule->note);
		} else if (!rule && strcmp(v->carrier, "XM"))
			evidence(r, "carrier letters '%s': not in the data (an operator or a series the data lacks)",
				 v->carrier);
	} else if (v->android_text[0]) {
		SET(android, v->android_text);
	}
	if (v->code[0]) {
		;
	} else if (!strcmp(v->branch, "beta") && strstr(v->text, ".DEV")) {
		SET(firmware_region, "china");
		evidence(r, "%s is a China public beta (.DEV): beta builds are China firmware", v->text);
	} else if (!strcmp(v->branch, "weekly") && v->weekly_date[0] && !v->label_region[0] &&
		   months_between(mv_db_hyperos_from(db), v->weekly_date) >= 6) {
		/* "24.5.20", half a year after HyperOS came, when MIUI's last
		 * dated betas had ended: a HyperOS China beta's date typed
		 * short, or a port's or a custom ROM's build date */
		r->os[0] = '\0';
		evidence(r, "%s reads as a build of %s, more than half a year after HyperOS came (its first build in "
			    "the list: %s), when MIUI's dated betas had ended: a HyperOS China beta carries its date "
			    "inside its version (\"OS1.0.23.11.9.DEV\"), and ports and custom ROMs name builds by date "
			    "too: unknown",
			 v->text, v->weekly_date, mv_db_hyperos_from(db));
	} else if ((!strcmp(v->branch, "weekly") || !strcmp(v->branch, "beta")) && v->weekly_date[0] &&
		   (!v->label_region[0] || !strcmp(v->label_region, "china"))) {
		SET(firmware_region, "china");
		evidence(r, "%s is a China weekly (developer) build of %s: weekly builds are China firmware",
			 v->text, v->weekly_date);
	} else if (v->weekly_date[0] && strcmp(v->branch, "enterprise"))
		evidence(r, "%s is a %s weekly beta of %s", v->text, mv_region_name(v->label_region), v->weekly_date);
	if (!strcmp(v->branch, "daily"))
		evidence(r, "%s is a daily build of %s (the date stands in the middle): a development build, official by its form",
			 v->text, v->weekly_date);
	else if (!strcmp(v->branch, "enterprise"))
		evidence(r, "%s is an enterprise (EP) build of %s, edition %s: Xiaomi's build for organisations, with no region letters",
			 v->text, v->weekly_date[0] ? v->weekly_date : "unknown date", v->tag);
	else if (!strcmp(v->branch, "preview"))
		evidence(r, "%s.%s is a developer preview (%s): an early build, official by its form", v->text, v->tag,
			 v->tag);
	else if (!strcmp(v->branch, "beta") && v->code[0] && !mv_endswith(v->os_version, ".0"))
		evidence(r, "%s ends in a non-zero group: a beta or a hotfix build, not the usual stable form",
			 v->text);
	if (v->extra_groups > 0)
		/* real MIUI 7 phones report V7.1.9.0.0.LHOCNCL: a form the
		 * release list lacks is unknown, not fake */
		evidence(r, "%s has %d number groups, not a form the release list holds (stable versions have four): official unknown",
			 v->text, 4 + v->extra_groups);
	if (v->label_region[0] && v->code[0] && strcmp(v->label_region, r->firmware_region) &&
	    !is_unknown(r->firmware_region)) {
		if (!strcmp(r->firmware_region, "china")) {
			evidence(r, "labelled '%s' but the letters '%s' are China's: official %s builds never carry CN (a China ROM relabelled)",
				 mv_region_name(v->label_region), v->region_code, mv_region_name(v->label_region));
			r->official = MV_NO;
			modified(r);
		} else if (strcmp(v->label_region, "global") || !strcmp(r->firmware_region, "china"))
			evidence(r, "labelled '%s' but the letters say %s", mv_region_name(v->label_region),
				 mv_region_name(r->firmware_region));
	} else if (v->label_region[0] && !v->code[0] && is_unknown(r->firmware_region)) {
		SET(firmware_region, v->label_region);
		evidence(r, "'%s' written beside the version: %s firmware as labelled (no region letters to confirm it)",
			 mv_region_name(v->label_region), mv_region_name(v->label_region));
	}
}

/* Fill the firmware part of "r" from a decoded version. */
static void firmware_from_version(mv_db *db, mv_report *r, const mv_version *v)
{
	mv_release rel[64];
	int nrel;
	mv_moddev m;

	if (v->zero_added == 2)
		evidence(r, "read as %s: no build has three numbers before its letters, the last '.0' was left off", v->text);
	else if (v->zero_added)
		evidence(r, "read as %s: three numbers and the letters apart are Settings' way of writing the build, its last '.0' left off",
			 v->text);
	SET(os, v->os);
	SET(os_version, v->os_version);
	SET(version, v->text);
	SET(branch, v->branch);
	SET(device_code, v->device_code);
	SET(carrier, v->carrier);
	version_checks(db, r, v);

	/* a package name names its build exactly */
	if (v->mod_device[0]) {
		int ok = !strncmp(v->mod_device, "prefix:", 7)
				 ? mv_db_moddev_by_prefix(db, v->mod_device + 7, &m)
				 : mv_db_moddev_get(db, v->mod_device, &m);
		if (!ok && strncmp(v->mod_device, "prefix:", 7) && mv_db_codename_known(db, v->mod_device)) {
			memset(&m, 0, sizeof m);
			mv_strlcpy(m.codename, v->mod_device, sizeof m.codename);
			ok = 1;
		}
		if (!ok && v->package_codename[0] && mv_db_codename_known(db, v->package_codename)) {
			memset(&m, 0, sizeof m);
			mv_strlcpy(m.codename, v->package_codename, sizeof m.codename);
			ok = 1;
		}
		if (!ok) {
			/* the device's own word in a form the lists lack: a China
			 * beta's "miui_EVERGOPRE_22.7.6_...", the device before
			 * "_dpp_android_global_images_" */
			const char *d = v->mod_device + (strncmp(v->mod_device, "prefix:", 7) ? 0 : 7);
			size_t k, len = strcspn(d, "_");
			char cn[48];
			if (len > 3 && !strncasecmp(d + len - 3, "PRE", 3) && d != v->mod_device)
				len -= 3;
			if (len > 1 && len < sizeof cn) {
				for (k = 0; k < len; k++)
					cn[k] = (char)mv_tolower((unsigned char)d[k]);
				cn[k] = '\0';
				if (mv_db_codename_known(db, cn)) {
					memset(&m, 0, sizeof m);
					mv_strlcpy(m.codename, cn, sizeof m.codename);
					ok = 1;
				}
			}
		}
		if (ok) {
			if (m.mod_device[0])
				filed_codename(db, m.mod_device, m.codename, sizeof m.codename);
			SET(codename, m.codename);
			SET(mod_device, m.mod_device);
			evidence(r, "the ROM's name '%s' names the build %s (%s)",
				 strncmp(v->mod_device, "prefix:", 7) ? v->mod_device : v->mod_device + 7,
				 m.mod_device[0] ? m.mod_device : m.codename, m.codename);
			/* the build's own name is more exact than the weekly default */
			if (m.region[0] && (is_unknown(r->firmware_region) || !v->code[0]))
				SET(firmware_region, m.region);
		}
	}
	nrel = v->text[0] ? mv_db_releases_of(db, v->text, rel, (int)MV_ARRAY_LEN(rel)) : 0;
	if (!nrel && !strcmp(v->os, "HyperOS") && v->major == 1 && !strncmp(v->text, "V816.", 5)) {
		/* HyperOS 1 under its internal number, as a bare version too:
		 * the list files V816.0.7.0 as OS1.0.7.0 */
		char alt[sizeof v->text];
		snprintf(alt, sizeof alt, "OS1%s", v->text + 4);
		nrel = mv_db_releases_of(db, alt, rel, (int)MV_ARRAY_LEN(rel));
	}
	if (!r->codename[0] && v->code[0])
		codename_from_code(db, r, v, rel, nrel);
	if (r->codename[0] || nrel > 0)
		official_status(db, r, v, rel, nrel);
	if (r->official == MV_UNKNOWN && !v->code[0] && strcmp(v->branch, "weekly"))
		evidence(r, "'%s' has no device or region letters: the full version (Settings > About phone, e.g. %s) would say which build it is",
			 v->os_version, !strcmp(v->os, "HyperOS") ? "OS1.0.3.0.UNOEUXM" : "V14.0.4.0.TKHEUXM");
	if (v->rom_label[0]) {
		evidence(r, "'%s' named beside the version: a community ROM, not Xiaomi's own build", v->rom_label);
		r->official = MV_NO;
		SET(firmware_region, "custom");
	} else if (v->eu_named && !strcmp(r->firmware_region, "china")) {
		evidence(r, "'EU' named beside a China build: xiaomi.eu's ROM, built on China's, goes by that name; Xiaomi's China builds never do");
		r->official = MV_NO;
		SET(firmware_region, "custom");
	} else if (v->eu_named && is_unknown(r->firmware_region))
		evidence(r, "'EU' named beside the version: xiaomi.eu's ROM goes by it, and some call Xiaomi's EEA build so; the version's letters would tell (EUXM is the EEA build's)");
}

/* ------------------------------------------------------------ hardware */

/* The model numbers of "codename", a line of evidence for each name they
 * are sold under: "Redmi K40 (alioth): M2012K11AC (china)". */
static void model_numbers_of(mv_db *db, mv_report *r, const char *codename)
{
	mv_modelrow rows[24];
	int n = mv_db_models_of(db, codename, rows, (int)MV_ARRAY_LEN(rows)), i, j;

	for (i = 0; i < n; i++) {
		mv_buf b = MV_BUF_INIT;
		int from = 0; /* 1 MobileModels, 2 the Play list */
		for (j = 0; j < i && strcasecmp(rows[j].name, rows[i].name); j++)
			;
		if (j < i)
			continue; /* a name said already */
		for (j = i; j < n; j++)
			if (!strcasecmp(rows[j].name, rows[i].name)) {
				if (r->n_versions < (int)MV_ARRAY_LEN(r->versions)) {
					mv_strlcpy(r->versions[r->n_versions].model, rows[j].model, sizeof r->versions[0].model);
					mv_strlcpy(r->versions[r->n_versions].name, rows[j].name, sizeof r->versions[0].name);
					mv_strlcpy(r->versions[r->n_versions++].market, rows[j].region, sizeof r->versions[0].market);
				}
				mv_buf_addf(&b, "%s%s%s%s%s", b.len ? ", " : "", rows[j].model, rows[j].region[0] ? " (" : "",
					    rows[j].region, rows[j].region[0] ? ")" : "");
				from |= rows[j].source[0] == 'g' ? 2 : 1;
			}
		evidence(r, "model numbers of %s (%s): %s (%s)", rows[i].name, codename, mv_buf_str(&b),
			 from == 3 ? "MobileModels, xfu gplay list" : from == 2 ? "xfu gplay list" : "MobileModels");
		mv_buf_release(&b);
	}
	if (!n)
		evidence(r, "no model number of '%s' is in the model tables", codename);
}

/* Does "row" ("Redmi Note 9 Pro / Redmi Note 9S") hold the name of key
 * "key" (mv_name_key's) as one of its names? */
static int row_names(const char *row, const char *key)
{
	char one[64], k[64];
	size_t n;

	while (*row) {
		n = strcspn(row, "/");
		mv_strncpy0(one, sizeof one, row, n);
		mv_name_key(one, k, sizeof k);
		if (!strcmp(k, key))
			return 1;
		row += n + (row[n] != '\0');
	}
	return 0;
}

/*
 * Of the "n" phones "cn" (their names in "names") a name names, those whose
 * version in "market" is sold under it ("Redmi Note 9 Pro (Global)":
 * joyeuse and curtana, not China's Redmi Note 9 Pro, gauguin, sold abroad
 * as the Mi 10T Lite), else those with a version there at all ("Redmi K20
 * (India)": davinciin); the count kept (all, when none is).
 */
int mv_phones_sold_there(mv_db *db, const char *name, const char *market, char (*cn)[48], char (*names)[64], int n)
{
	char key[64];
	int pass, i, k = 0;

	mv_name_key(name, key, sizeof key);
	for (pass = 0; pass < 2 && k == 0; pass++)
		for (i = 0; i < n; i++) {
			mv_modelrow rows[24];
			int m = mv_db_models_of(db, cn[i], rows, (int)MV_ARRAY_LEN(rows)), j;
			for (j = 0; j < m && !(mv_list_has(rows[j].region, market) && (pass || row_names(rows[j].name, key)));
			     j++)
				;
			if (j < m) {
				if (k != i) {
					memmove(cn[k], cn[i], sizeof cn[0]);
					memmove(names[k], names[i], sizeof names[0]);
				}
				k++;
			}
		}
	return k ? k : n;
}

/*
 * A phone's name where its model number would be ("POCO F3", "Redmi Note
 * 13 Pro 5G"; the names that were model numbers, "MI 6", are found in the
 * model tables first): the phone or phones it names and the model numbers
 * of their versions.  The name alone does not tell China's model from the
 * global one (a China phone with a global ROM shows the global name), so
 * the hardware stays unknown.  The name as the data writes it into "said";
 * 1, or 2 when the name is China's model's alone; 0 when no phone has it.
 */
static int phone_of_name(mv_db *db, mv_report *r, const char *name, const char *market, char *said, size_t size)
{
	char cn[4][48], names[4][64], abroad[128];
	mv_buf b = MV_BUF_INIT;
	int n = mv_db_devices_by_written_name(db, name, cn, names, (int)MV_ARRAY_LEN(cn)), i;

	if (market && n > 1)
		n = mv_phones_sold_there(db, name, market, cn, names, n);

	if (r->codename[0]) {
		/* the phones the tables have for it ("Redmi Note 9 Pro" is the
		 * model property of the global joyeuse and India's curtana),
		 * alone */
		int k = 0;
		for (i = 0; i < n; i++)
			if (mv_list_has(r->codename, cn[i])) {
				memmove(cn[k], cn[i], sizeof cn[0]);
				memmove(names[k++], names[i], sizeof names[0]);
			}
		if (k == 0)
			return 0;
		n = k;
	}
	if (n == 0)
		return 0;
	mv_strlcpy(said, n == 1 ? names[0] : r->input, size);
	r->n_evidence = 0; /* the tables' row said nothing of the region */
	SET(model, "");
	for (i = 0; i < n; i++)
		mv_buf_addf(&b, "%s%s (%s)", i ? (i == n - 1 ? " and " : ", ") : "", names[i], cn[i]);
	evidence(r, "'%s' is a phone's name, not a model number: %s%s", r->input, n > 1 ? "it names the phones " : "",
		 mv_buf_str(&b));
	mv_buf_release(&b);
	for (i = 0; i < n; i++)
		model_numbers_of(db, r, cn[i]);
	if (n == 1)
		SET(codename, cn[0]);
	else {
		char all[48] = "";
		for (i = 0; i < n; i++)
			mv_cat(all, sizeof all, all, i ? "|" : "", cn[i], NULL);
		SET(codename, all);
	}
	if (n == 1 && mv_db_china_name(db, names[0], abroad, sizeof abroad)) {
		evidence(r, "%s is the name China's model is sold under (abroad: %s): a phone sold or shown under it is most often China's model", names[0], abroad);
		return 2;
	}
	return 1;
}

/*
 * A market said after a phone's name ("Redmi K20 (India)", "POCO F5
 * Global", "Redmi Note 13 Pro 5G [China]"): its market in the data's words
 * into "market"; the length of the name before it, or 0 when none is said.
 */
size_t mv_market_said(const char *s, size_t n, char *market, size_t size)
{
	static const struct {
		const char *word, *market;
	} said[] = {
		{"global version", "global"}, {"global", "global"}, {"international", "global"}, {"india", "india"},
		{"indian", "india"}, {"china", "china"}, {"chinese", "china"}, {"cn", "china"}, {"eea", "eea"},
		{"eu", "eea"}, {"europe", "eea"}, {"european", "eea"}, {"indonesia", "indonesia"}, {"japan", "japan"},
		{"russia", "russia"}, {"taiwan", "taiwan"}, {"turkey", "turkey"},
	};
	size_t end = n, start, k, i;
	int closed = 0;

	while (end > 0 && mv_isspace((unsigned char)s[end - 1]))
		end--;
	if (end > 0 && (s[end - 1] == ')' || s[end - 1] == ']')) {
		closed = s[end - 1];
		end--;
	}
	for (i = 0; i < MV_ARRAY_LEN(said); i++) {
		size_t w = strlen(said[i].word);
		if (end <= w || strncasecmp(s + end - w, said[i].word, w))
			continue;
		start = end - w;
		if (closed) {
			if (s[start - 1] != (closed == ')' ? '(' : '['))
				continue;
			start--;
		} else if (!mv_isspace((unsigned char)s[start - 1]) && s[start - 1] != '-')
			continue;
		for (k = start; k > 0 && (mv_isspace((unsigned char)s[k - 1]) || s[k - 1] == '-'); k--)
			;
		if (k == 0)
			return 0;
		mv_strlcpy(market, said[i].market, size);
		return k;
	}
	return 0;
}

/* Add each device of "list" ("ruby|rubypro") to r->codename not named
 * there yet, joined by '|'. */
static void add_codenames(mv_report *r, const char *list)
{
	while (*list) {
		size_t w = strcspn(list, "|");
		char code[48];
		mv_strncpy0(code, sizeof code, list, w);
		if (code[0] && !mv_list_has(r->codename, code) && strlen(r->codename) + w + 1 < sizeof r->codename)
			mv_cat(r->codename + strlen(r->codename), sizeof r->codename - strlen(r->codename),
			       r->codename[0] ? "|" : "", code, NULL);
		list += w + (list[w] == '|');
	}
}

/* The hardware by the model number "m": its region, its device.  1 when
 * "m" is a phone's name instead (2: China's model's name; the name as the
 * data writes it into "said"), else 0. */
static int hardware_from_model(mv_db *db, mv_report *r, const mv_model *m, char *said, size_t size, char *shared_markets,
			       size_t msize)
{
	mv_modelrow rows[24];
	const mv_rule *rule;
	int n, i, named = 0, shared = 0; /* shared: the number of several markets' units */
	int by_rule = 0;                 /* the region by the naming rule alone */

	SET(model, m->text);
	if (!strcmp(m->form, "india-sku")) {
		SET(hardware_region, "india");
		evidence(r, "%s is a Xiaomi India retail stock code (MZB...IN), not a model number: a phone sold by Xiaomi India; the model number (Settings > About phone > All specs) would name the device",
			 m->text);
		return 0;
	}
	n = mv_db_model(db, m->text, rows, (int)MV_ARRAY_LEN(rows));
	if (n > 0) {
		if (!r->codename[0])
			SET(codename, rows[0].codename);
		/* a name several phones' model property is: each of them */
		for (i = 1; i < n && !strcmp(m->form, "name"); i++)
			add_codenames(r, rows[i].codename);
		for (i = 0; i < n; i++)
			if (rows[i].region[0]) {
				char reg[24];
				mv_strncpy0(reg, sizeof reg, rows[i].region, strcspn(rows[i].region, "|"));
				evidence(r, "model %s is %s%s%s (%s: %s)", m->text, rows[i].name,
					 rows[i].variant[0] ? ", " : "", rows[i].variant, rows[i].source,
					 rows[i].region);
				/* one number for several markets' units (the Mi 8's
				 * M1803E1A, China's and the global one): it does not
				 * tell which this is */
				if (strchr(rows[i].region, '|')) {
					shared = 1;
					if (shared_markets) {
						char *c;
						mv_strlcpy(shared_markets, rows[i].region, msize);
						for (c = shared_markets; (c = strchr(c, '|')) != NULL;)
							*c = '/';
					}
					SET(hardware_region, "unknown");
					evidence(r, "model %s is the number of the units of several markets (%s): it does not tell which market's this one is",
						 m->text, rows[i].region);
				} else
					SET(hardware_region, reg);
				break;
			}
		if (i == n)
			evidence(r, "model %s is %s (%s)", m->text, rows[0].name, rows[0].source);
	}
	if (is_unknown(r->hardware_region) && m->suffix[0] && !shared) {
		rule = mv_db_rule(db, "model_suffix", m->suffix, m->year);
		if (rule) {
			char reg[24];
			mv_strncpy0(reg, sizeof reg, rule->value, strcspn(rule->value, " |/"));
			if (!strcmp(reg, "wi-fi") || !strcmp(reg, "thailand"))
				mv_strlcpy(reg, "unknown", sizeof reg);
			SET(hardware_region, reg);
			by_rule = 1;
			evidence(r, "model %s ends in '%s': %s hardware by the naming rule for %d numbers%s%s", m->text,
				 m->suffix, rule->value, m->year, rule->note[0] ? " - " : "", rule->note);
		} else
			evidence(r, "model %s: suffix '%s' is not a known region letter", m->text, m->suffix);
	}
	/* a name, or a name the Play list has for its model property
	 * ("Redmi Note 8 Pro", no region): the phone's model numbers.  A
	 * name has no siblings by its letters ("Redmi Note 9" is not the
	 * "Redmi Note 9S"): those are a model number's */
	if (!strcmp(m->form, "name") && is_unknown(r->hardware_region))
		named = phone_of_name(db, r, m->text, NULL, said, size);
	else if (!r->codename[0] && m->stem[0]) {
		n = mv_db_model_stem(db, m->stem, rows, (int)MV_ARRAY_LEN(rows));
		if (n > 0) {
			SET(codename, rows[0].codename);
			evidence(r, "model %s is a sibling of %s (%s, %s): same device, another region", m->text,
				 rows[0].model, rows[0].name, rows[0].codename);
		}
	}
	if (!r->codename[0])
		evidence(r, "model %s is not in the model tables: a model newer than the data, or not a real number",
			 m->text);
	/* China hardware by the naming rule alone, of a phone Xiaomi sold in
	 * no China version (the POCO F1's M1805E10A: the rule's "A" is
	 * China's in some years only): the letter does not tell */
	else if (by_rule && !strcmp(r->hardware_region, "china") && !strchr(r->codename, '|') &&
		 !mv_db_sold_in_china(db, r->codename)) {
		SET(hardware_region, "unknown");
		evidence(r, "but the data has no China model number or China firmware of %s: the letter '%s' does not tell its market here",
			 r->codename, m->suffix);
	}
	/* the codename may be "gold|iron": keep the first for facts (a name
	 * keeps the phones it names) */
	if (strchr(r->codename, '|') && n > 0 && !named) {
		char first[48];
		mv_strncpy0(first, sizeof first, r->codename, strcspn(r->codename, "|"));
		if (mv_db_codename_known(db, first))
			SET(codename, first);
	}
	return named;
}

/* ------------------------------------------------------------ verdict */

/* The summary: the catalog's message "key" with its placeholders' values,
 * "name", "value" pairs ending in NULL, in English (its key and values
 * kept for the words in other languages). */
static void say(mv_report *r, const char *key, ...) __attribute__((sentinel));
static void say(mv_report *r, const char *key, ...)
{
	va_list ap;

	va_start(ap, key);
	mv_words_say(key, ap, r->summary_key, sizeof r->summary_key, r->summary, sizeof r->summary, r->summary_vars,
		     sizeof r->summary_vars);
	va_end(ap);
}

static void verdict(mv_db *db, mv_report *r)
{
	const char *hw = r->hardware_region, *fw = r->firmware_region;
	char either[160] = "";
	const char *nm = r->n_names ? r->names[0] : (r->codename[0] ? r->codename : "this phone");
	int i;

	if (strchr(r->codename, '|') && r->n_names > 1) {
		/* several devices: each by its name ("Xiaomi 14 Pro or ...") */
		for (i = 0; i < r->n_names && strlen(either) + strlen(r->names[i]) + 5 < sizeof either; i++)
			mv_cat(either + strlen(either), sizeof either - strlen(either), i ? " or " : "", r->names[i], NULL);
		nm = either;
	}

	if (!strcmp(fw, "custom")) {
		r->verdict = MV_VERDICT_CUSTOM_ROM;
		if (is_unknown(hw))
			say(r, "id_custom_rom", "phone", nm, NULL);
		else
			say(r, "id_custom_rom_hw", "phone", nm, "hw_region", hw, NULL);
	} else if (r->modified == MV_YES) {
		r->verdict = MV_VERDICT_VENDOR_ROM;
		say(r, "id_modified", "why", r->evidence[r->why_modified], NULL);
	} else if (!strcmp(hw, "china") && !strcmp(fw, "china")) {
		r->verdict = MV_VERDICT_CHINA_VERSION;
		say(r, "id_china_version", "phone", nm, NULL);
	} else if (!strcmp(hw, "china") && !is_unknown(fw)) {
		r->verdict = MV_VERDICT_GLOBAL_ROM;
		say(r, "id_global_rom", "fw_region", fw, NULL);
	} else if (!is_unknown(hw) && strcmp(hw, "china") && !is_unknown(fw) && strcmp(fw, "china")) {
		/* no China hardware: the Global Version, or another market's
		 * own unit (India's, Japan's), said as such */
		r->verdict = mv_global_like(hw) ? MV_VERDICT_GLOBAL_VERSION : MV_VERDICT_MARKET_VERSION;
		say(r, mv_global_like(hw) ? "id_global_version" : "id_market_version", "phone", nm, "hw_region", hw,
		    "fw_region", fw, NULL);
	} else if (!is_unknown(hw) && strcmp(hw, "china") && r->kind == MV_KIND_MODEL && !r->codename[0]) {
		/* a number no table holds: its letters by the naming rule
		 * alone, which a number that is not real has as well */
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_model_rule_only", "model", r->model, "hw_region", hw, NULL);
	} else if (!is_unknown(hw) && strcmp(hw, "china") && r->kind == MV_KIND_MODEL) {
		r->verdict = mv_global_like(hw) ? MV_VERDICT_GLOBAL_VERSION : MV_VERDICT_MARKET_VERSION;
		say(r, mv_global_like(hw) ? "id_global_by_model" : "id_market_by_model", "phone", nm, "hw_region", hw, NULL);
	} else if (!strcmp(hw, "china") && r->kind == MV_KIND_MODEL) {
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_china_hw_model", "phone", nm, NULL);
	} else if (!strcmp(fw, "china") && is_unknown(hw)) {
		r->verdict = MV_VERDICT_CHINA_VERSION;
		say(r, r->codename[0] ? "id_china_fw_for" : "id_china_fw", "phone", nm, NULL);
	} else if (!is_unknown(fw) && is_unknown(hw) && strcmp(fw, "custom") && r->codename[0] &&
		   !strchr(r->codename, '|') && mv_db_device_no_china(db, r->codename)) {
		/* a phone Xiaomi sold in no China version: the firmware is on
		 * no China phone of its name (the Xiaomi 14T's EEA build); the
		 * board is not shown (a China Redmi 9 may run the POCO M2's
		 * India build: one board), so no hardware is said */
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, r->official == MV_YES ? "id_official_fw_no_china" : "id_fw_no_china", "fw_region", fw, "phone", nm,
		    NULL);
	} else if (!is_unknown(fw) && is_unknown(hw)) {
		r->verdict = MV_VERDICT_UNKNOWN;
		/* a market's own firmware (Korea's, India's): that market's
		 * phone, not a Global Version, shows it */
		int market = r->codename[0] && !mv_global_like(fw);
		say(r, r->official == MV_YES ? (market ? "id_off_fw_market" : r->codename[0] ? "id_official_fw_for" : "id_official_fw")
					     : (market ? "id_fw_market" : r->codename[0] ? "id_fw_for" : "id_fw"),
		    "fw_region", fw, "phone", nm, NULL);
	} else if (!strcmp(fw, "china") && strcmp(hw, "china") != 0 && !is_unknown(hw)) {
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_intl_hw_china_fw", "hw_region", hw, NULL);
	} else {
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_cannot_tell", NULL);
	}
}

/* A custom ROM read from a name or a package (the evidence said by the
 * caller): its device's facts and the verdict. */
static void custom_rom_read(mv_db *db, mv_report *r)
{
	r->kind = MV_KIND_VERSION;
	r->official = MV_NO;
	SET(firmware_region, "custom");
	device_facts(db, r);
	verdict(db, r);
}

/* ------------------------------------------------------------ entry points */

/*
 * Seven capitals standing apart from the numbers are a build code only if
 * the rules know their Android letter and region ("RJGEUXM" yes, "ANDROID"
 * no).  Returns 0 when nothing of a version is left.
 */
int mv_version_code_known(const char *code, void *db)
{
	char region[3] = {(char)mv_toupper((unsigned char)code[3]), (char)mv_toupper((unsigned char)code[4]), 0};
	char letter[2] = {(char)mv_toupper((unsigned char)code[0]), 0};

	return mv_db_rule(db, "android_letter", letter, 0) && mv_db_rule(db, "version_region", region, 0);
}

int mv_version_check_code(mv_db *db, mv_version *v)
{
	if (v->code_candidate[0]) {
		/* (or a code after the word beside the number) */
		if (!mv_version_code_known(v->code_candidate, db) && v->code_later[0] &&
		    mv_version_code_known(v->code_later, db))
			memcpy(v->code_candidate, v->code_later, sizeof v->code_candidate);
		if (mv_version_code_known(v->code_candidate, db))
			mv_version_apply_code(v);
		v->code_candidate[0] = '\0';
	}
	return v->os_version[0] != '\0' || v->code[0] != '\0';
}

/* Final touches common to every kind: "13.0" is Android 13. */
static void tidy(mv_report *r)
{
	size_t n = strlen(r->android);

	if (n > 2 && !strcmp(r->android + n - 2, ".0"))
		r->android[n - 2] = '\0';
}

/* A model number without its market's letter, as people copy it from a
 * box or type it ("24122RKC7" for 24122RKC7G; "M2101K9A" for M2101K9AG,
 * whose last letter is no market's): not in the tables itself, but the
 * start of numbers that are.  The phone they name, each with its market;
 * the market of this one is unknown (the letter would tell).  1 when so. */
static int model_without_letter(mv_db *db, mv_report *r, const char *s, size_t n)
{
	mv_modelrow rows[24];
	char t[16], list[256] = "";
	int k, i, j;

	if (!mv_model_dated_form(s, n, t, sizeof t) || mv_db_model_listed(db, t) ||
	    (k = mv_db_model_stem(db, t, rows, (int)MV_ARRAY_LEN(rows))) <= 0)
		return 0;
	r->kind = MV_KIND_MODEL;
	SET(model, t);
	for (i = 0; i < k; i++) {
		char one[96];
		int seen = 0;
		for (j = 0; j < i; j++)
			seen |= !strcmp(rows[j].model, rows[i].model);
		add_codenames(r, rows[i].codename);
		if (seen)
			continue; /* the Play list's row of a number told already */
		evidence(r, "model %s is %s%s%s (%s: %s)", rows[i].model, rows[i].name, rows[i].variant[0] ? ", " : "",
			 rows[i].variant, rows[i].source, rows[i].region[0] ? rows[i].region : "no market");
		snprintf(one, sizeof one, "%s%s (%s)", list[0] ? ", " : "", rows[i].model,
			 rows[i].region[0] ? rows[i].region : "?");
		if (strlen(list) + strlen(one) < sizeof list)
			mv_strlcpy(list + strlen(list), one, sizeof list - strlen(list));
	}
	evidence(r, "model %s has no market letter: the tables hold it only with one", t);
	device_facts(db, r);
	r->end_of_life = r->end_of_life == MV_YES ? MV_YES : MV_UNKNOWN;
	r->verdict = MV_VERDICT_UNKNOWN;
	say(r, "id_model_no_letter", "model", t, "numbers", list, NULL);
	SET(cannot_key, "ct_model_letter");
	evidence(r, "cannot tell without the market letter: the hardware - the whole model number (Settings > About phone > All specs, or the box's label) would");
	tidy(r);
	return 1;
}

static mv_report *new_report(const char *s, size_t n)
{
	mv_report *r = calloc(1, sizeof *r);

	if (!r)
		return NULL;
	mv_quote(r->input, sizeof r->input, s, n);
	r->official = r->end_of_life = r->play_certified = MV_UNKNOWN;
	r->google_services = r->modified = MV_UNKNOWN;
	r->behind_releases = r->behind_months = -1;
	SET(hardware_region, "unknown");
	SET(firmware_region, "unknown");
	return r;
}

static mv_report *fail(mv_report *r, mv_status st, const char *msg)
{
	r->status = st;
	SET(error, msg);
	r->verdict = MV_VERDICT_UNKNOWN;
	return r;
}

static void identify_version(mv_db *db, mv_report *r, const mv_version *v, const mv_model *m)
{
	r->kind = MV_KIND_VERSION;
	firmware_from_version(db, r, v);
	if (m) {
		/* the model number beside it ("2312DRA50C OS3.0.301.0.WNREUXM",
		 * as Settings shows both): the hardware, where the tables name
		 * it the version's phone's (or the version names none) */
		mv_modelrow rows[8];
		int k, nrows = mv_db_model(db, m->text, rows, (int)MV_ARRAY_LEN(rows)), same = !r->codename[0];
		for (k = 0; k < nrows && !same; k++)
			same = mv_list_has(rows[k].codename, r->codename);
		if (same)
			hardware_from_model(db, r, m, NULL, 0, NULL, 0);
		else if (nrows > 0)
			evidence(r, "model %s beside the version is another phone's (%s) than the version's (%s): the two do not tell one phone",
				 m->text, rows[0].codename, r->codename);
	}
	device_facts(db, r);
	verdict(db, r);
	if (is_unknown(r->hardware_region)) {
		SET(cannot_key, "ct_version");
		evidence(r, "cannot tell from a version: the hardware region - the model number (Settings > About phone > All specs, or the box) or a getprop dump would");
	}
}

/* What a phone's name tells ("named" as phone_of_name() returned): the
 * phone's facts, and what would tell the rest. */
static void identify_name(mv_db *db, mv_report *r, int named, const char *said)
{
	char abroad[128] = "";
	r->kind = MV_KIND_MODEL;
	device_facts(db, r);
	r->end_of_life = r->end_of_life == MV_YES ? MV_YES : MV_UNKNOWN;
	verdict(db, r);
	char in_china[48] = "";

	if (named == 2 && mv_db_china_name(db, said, abroad, sizeof abroad))
		say(r, "id_name_china", "phone", said, "abroad", abroad, NULL);
	else if (r->codename[0] && !strchr(r->codename, '|') &&
		 mv_db_phone_in_market(db, said, "china", in_china, sizeof in_china) && strcmp(in_china, r->codename)) {
		/* China sells another phone under the name ("Redmi Note 14
		 * Pro": the 5G one there, the 4G one abroad) */
		say(r, "id_name", "phone", said, NULL);
		evidence(r, "in China '%s' is the name of another phone, %s: a China phone with a Global ROM sold under this name would be that one",
			 said, in_china);
	} else if (r->codename[0] && !strchr(r->codename, '|') &&
		   (mv_db_china_only(db, r->codename) || mv_db_china_so_far(db, r->codename, in_china, sizeof in_china))) {
		/* a phone the data knows only in China's model (the Xiaomi 17
		 * Pro): no global model for the name to leave open */
		say(r, "id_name_china_only", "phone", said, NULL);
		evidence(r, "every release, model number and market build of %s in the data is China's", r->codename);
	} else if (r->codename[0] && !strchr(r->codename, '|') && !mv_db_sold_in_china(db, r->codename)) {
		/* no China model to flash: not a Global ROM phone */
		say(r, "id_name_no_china", "phone", said, NULL);
		evidence(r, "no China model number or China firmware of %s in the data: Xiaomi sold no China version of it",
			 r->codename);
	} else
		say(r, "id_name", "phone", said, NULL);
	SET(cannot_key, "ct_name");
	evidence(r, "cannot tell from a name: the hardware - the model number (Settings > About phone > All specs, or on the box) would; and the firmware - the version in Settings > About phone would");
}

static void identify_model(mv_db *db, mv_report *r, const mv_model *m)
{
	char said[64], shared[32] = "";
	int named;

	r->kind = MV_KIND_MODEL;
	if ((named = hardware_from_model(db, r, m, said, sizeof said, shared, sizeof shared)) != 0) {
		identify_name(db, r, named, said);
		return;
	}
	device_facts(db, r);
	r->end_of_life = r->end_of_life == MV_YES ? MV_YES : MV_UNKNOWN;
	verdict(db, r);
	/* one number for several markets' units: which, the number does not
	 * tell */
	if (shared[0] && is_unknown(r->hardware_region))
		say(r, "id_model_shared", "model", m->text, "phone", r->n_names ? r->names[0] : r->codename, "markets",
		    shared, NULL);
	SET(cannot_key, "ct_model");
	evidence(r, "cannot tell from a model number: the firmware - the version in Settings > About phone would say whether it is official");
}

/* The phone TAC "tac" is listed for into "phone", its maker into "brand";
 * the list's word for it into "from"; 0 when it lists none. */
static int tac_phone(mv_db *db, const char *tac, char *brand, size_t bsize, char *phone, size_t psize,
		     const char **from)
{
	char model[128];
	int found = mv_db_tac(db, tac, brand, bsize, model, sizeof model);
	size_t bl = strlen(brand);
	int own = !strncasecmp(model, brand, bl) && model[bl] == ' ';

	if (!found)
		return 0;
	/* "Xiaomi 12X", not "Xiaomi Xiaomi 12X" */
	snprintf(phone, psize, "%s%s%s", own ? "" : brand, own ? "" : " ", model);
	*from = found == 1 ? "Osmocom TAC database" : "a property dump of that phone with an IMEI of this TAC";
	return 1;
}

int mv_xiaomi_maker(const char *brand)
{
	return !strcasecmp(brand, "Xiaomi") || !strcasecmp(brand, "Redmi") || !strcasecmp(brand, "POCO");
}

static void identify_imei(mv_db *db, mv_report *r, const mv_imei *m)
{
	char brand[64], phone[200] = "", tac2[9] = "";
	const char *from = NULL;
	int other = 0, zeros = mv_imei_placeholder(m);

	r->kind = MV_KIND_IMEI;
	if (m->from_meid)
		evidence(r, "MEID %s: decimal, an IMEI's first 14 digits (every IMEI serves as a CDMA phone's MEID): "
			 "TAC %s, the IMEI %s with its check digit", m->meid, m->tac, m->digits);
	else if (m->check >= 0 && strlen(m->digits) == 14)
		evidence(r, "14 digits given: the check digit would be %d (full IMEI %s%d)", m->check, m->digits, m->check);
	else if (m->check >= 0)
		evidence(r, "IMEI %s: check digit %d is right", m->digits, m->check);
	else
		evidence(r, "IMEISV %s (16 digits: no check digit)", m->digits);
	if (m->meid[0] && !m->from_meid)
		evidence(r, "MEID %s beside it: the phone's CDMA identity, not weighed", m->meid);
	if (m->software[0])
		evidence(r, "'/%s' after it: the phone's software version number (*#06# shows it), no part of the IMEI",
			 m->software);
	if (m->second[0] && !m->second_valid)
		evidence(r, "a second IMEI, %s: its check digit is wrong (a typo?)", m->second);
	else if (m->second[0] && !strncmp(m->second, m->tac, 8))
		evidence(r, "a second IMEI, %s, the phone's other SIM slot's: of the same TAC", m->second);
	else if (m->second[0]) {
		/* the other slot's of some phones, or another phone's */
		mv_strncpy0(tac2, sizeof tac2, m->second, 8);
		evidence(r, "a second IMEI, %s, of another TAC, %s: some phones' two slots have two, two phones' have", m->second,
			 tac2);
	}
	if (zeros) {
		/* what a phone shows once a flash or a repair wiped its IMEI */
		evidence(r, "IMEI %s is a placeholder (one digit over and over): the phone's own IMEI was lost or hidden",
			 m->digits);
	} else if (tac_phone(db, m->tac, brand, sizeof brand, phone, sizeof phone, &from)) {
		evidence(r, "TAC %s is listed for %s (%s: a hint, not proof)", m->tac, phone, from);
		other = !mv_xiaomi_maker(brand);
		if (other)
			evidence(r, "this IMEI's TAC belongs to %s, not to Xiaomi", brand);
		else
			SET(brand, "Xiaomi");
	} else
		evidence(r, "TAC %s is not in the TAC database (it lists few Xiaomi phones): no model from the IMEI", m->tac);
	if (tac2[0]) {
		char brand2[64], phone2[200];
		if (tac_phone(db, tac2, brand2, sizeof brand2, phone2, sizeof phone2, &from)) {
			evidence(r, "TAC %s of the second IMEI is listed for %s (%s: a hint, not proof)", tac2, phone2, from);
			if (!mv_xiaomi_maker(brand2) && !other) {
				evidence(r, "the second IMEI's TAC belongs to %s, not to Xiaomi", brand2);
				mv_strlcpy(phone, phone2, sizeof phone);
				other = 2;
			}
		}
	}
	r->verdict = MV_VERDICT_UNKNOWN;
	if (zeros)
		say(r, "id_imei_zeros", NULL);
	else if (other)
		say(r, "id_imei_other", "tac", other == 2 ? tac2 : m->tac, "phone", phone, NULL);
	else
		say(r, m->from_meid ? "id_imei_meid" : m->check >= 0 ? "id_imei_valid" : "id_imei_invalid", NULL);
	SET(cannot_key, "ct_imei");
	evidence(r, "cannot tell from an IMEI: hardware or firmware region - the model number or version would");
}

/*
 * Find a model number in "s": the whole text, or a word of it ("Mi 10T Lite
 * (M2007J17G)"), or a number the model tables list although it has no rule
 * form ("XIG01", "A201XM").  Xiaomi forms win over names ("MI 6"), and those
 * over another brand's form, which is reported in "m->other_brand".
 */

/* What a byte is to a word where a model number may stand: one that ends
 * it (WORD_END: a space or sign, quotes, and any byte of a character
 * outside ASCII, "型番「2308EPN60R」"), an ASCII digit or letter (as isdigit
 * and isalpha have them in the C locale).  A full stop ends one before a
 * space or the text's end (mv_find_model). */
enum { WORD_END = 1, WORD_DIGIT = 2, WORD_LETTER = 4 };
#define LETTERS(c) [c] = WORD_LETTER, [c + 32] = WORD_LETTER
#define HIGH16(c)                                                                                                  \
	[c] = WORD_END, [c + 1] = WORD_END, [c + 2] = WORD_END, [c + 3] = WORD_END, [c + 4] = WORD_END,             \
	[c + 5] = WORD_END, [c + 6] = WORD_END, [c + 7] = WORD_END, [c + 8] = WORD_END, [c + 9] = WORD_END,         \
	[c + 10] = WORD_END, [c + 11] = WORD_END, [c + 12] = WORD_END, [c + 13] = WORD_END, [c + 14] = WORD_END,    \
	[c + 15] = WORD_END
static const unsigned char word_class[256] = {
	[' '] = WORD_END, ['\t'] = WORD_END, ['\r'] = WORD_END, ['\n'] = WORD_END, ['('] = WORD_END,
	[')'] = WORD_END, ['['] = WORD_END, [']'] = WORD_END, [','] = WORD_END, [';'] = WORD_END,
	['/'] = WORD_END, ['='] = WORD_END, [':'] = WORD_END, ['|'] = WORD_END, ['\0'] = WORD_END,
	['"'] = WORD_END, ['\''] = WORD_END, ['!'] = WORD_END, ['?'] = WORD_END, ['<'] = WORD_END,
	['>'] = WORD_END, ['{'] = WORD_END, ['}'] = WORD_END, ['*'] = WORD_END,
	HIGH16(0x80), HIGH16(0x90), HIGH16(0xa0), HIGH16(0xb0), HIGH16(0xc0), HIGH16(0xd0), HIGH16(0xe0), HIGH16(0xf0),
	['0'] = WORD_DIGIT, ['1'] = WORD_DIGIT, ['2'] = WORD_DIGIT, ['3'] = WORD_DIGIT, ['4'] = WORD_DIGIT,
	['5'] = WORD_DIGIT, ['6'] = WORD_DIGIT, ['7'] = WORD_DIGIT, ['8'] = WORD_DIGIT, ['9'] = WORD_DIGIT,
	LETTERS('A'), LETTERS('B'), LETTERS('C'), LETTERS('D'), LETTERS('E'), LETTERS('F'), LETTERS('G'),
	LETTERS('H'), LETTERS('I'), LETTERS('J'), LETTERS('K'), LETTERS('L'), LETTERS('M'), LETTERS('N'),
	LETTERS('O'), LETTERS('P'), LETTERS('Q'), LETTERS('R'), LETTERS('S'), LETTERS('T'), LETTERS('U'),
	LETTERS('V'), LETTERS('W'), LETTERS('X'), LETTERS('Y'), LETTERS('Z'),
};
#undef LETTERS
#undef HIGH16

static int word_end(char c)
{
	return word_class[(unsigned char)c] & WORD_END;
}

/*
 * What a word of a text is as a model number, kept per database: a
 * catalogue's words repeat ("128GB", "4G", "M2101K6G") where its texts do
 * not.  rank as in mv_find_model; the model when the rank is not 0.
 */
#define WORD_MEMO_SLOTS 2048
typedef struct {
	unsigned char len; /* 0: empty */
	signed char rank;
	char word[24];
	mv_model m;
} word_memo;

/* The rank of the word "w" ("n" bytes, at most 24) as a model number, and
 * the model into "m"; through the database's memo. */
static int word_rank(mv_db *db, const char *w, size_t n, int model_like, mv_model *m)
{
	word_memo *memo = mv_db_memo(db, MV_MEMO_MODEL_WORDS, WORD_MEMO_SLOTS * sizeof(word_memo)), *e = NULL;
	int r = 0;

	if (memo) {
		e = &memo[mv_hash(w, n) % WORD_MEMO_SLOTS];
		if (e->len == n && !memcmp(e->word, w, n)) {
			if (e->rank)
				*m = e->m;
			return e->rank;
		}
	}
	if (mv_model_parse(w, n, m, NULL, 0) == MV_OK)
		r = m->other_brand[0] ? -1 : strcmp(m->form, "name") && strcmp(m->form, "old-code") ? 3 : 1;
	else if (n >= 4 && n < sizeof m->text && model_like) {
		char up[32];
		mv_strncpy0(up, sizeof up, w, n);
		mv_upper(up, sizeof up, up);
		if (mv_db_model_listed(db, up)) {
			memset(m, 0, sizeof *m);
			mv_strlcpy(m->text, up, sizeof m->text);
			mv_strlcpy(m->form, "listed", sizeof m->form);
			r = 2;
		}
	}
	if (e) {
		e->len = (unsigned char)n;
		memcpy(e->word, w, n);
		e->rank = (signed char)r;
		if (r)
			e->m = *m;
	}
	return r;
}

/* The next word "mi" before a space at or after "i" ("MI 6", "Mi Max": a
 * name of two words), or "n".  Eight bytes at a time: a byte of each lane
 * is 'm' or 'M', the next 'i' or 'I', the one after a space. */
static size_t next_mi(const char *s, size_t n, size_t i)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

	while (i + 3 <= n) {
		size_t e = i + 8 < n - 2 ? i + 8 : n - 2;
		if (i + 10 <= n) {
			uint64_t a, b, c, x;
			memcpy(&a, s + i, 8);
			memcpy(&b, s + i + 1, 8);
			memcpy(&c, s + i + 2, 8);
			x = ((a | ones * 0x20) ^ ones * 'm') | ((b | ones * 0x20) ^ ones * 'i') | (c ^ ones * ' ');
			if (!((x - ones) & ~x & highs)) {
				i += 8; /* no lane is zero */
				continue;
			}
		}
		for (; i < e; i++)
			if ((s[i] | 0x20) == 'm' && (s[i + 1] | 0x20) == 'i' && s[i + 2] == ' ' &&
			    (i == 0 || word_end(s[i - 1])))
				return i;
	}
	return n;
}

/* Is there a word in s[i..j)? */
static int has_word(const char *s, size_t i, size_t j)
{
	for (; i < j; i++)
		if (!word_end(s[i]))
			return 1;
	return 0;
}

/* Does the word at "at" follow a stock code's label ("SKU XT2345-01",
 * "Art.-Nr. 12345", "артикул ...")?  A shop's own code, no model number. */
static int after_stock_label(const char *s, size_t at)
{
#define L(w) {w, sizeof w - 1}
	static const struct {
		const char *word;
		size_t len;
	} labels[] = {L("sku"), L("art"), L("art."), L("art.-nr."), L("artikel"), L("artikelnummer"), L("article"),
		      L("item"), L("ref"), L("ref."), L("reference"), L("c\xc3\xb3" "digo"), L("codigo"), L("kod"),
		      L("ean"), L("upc"), L("\xd0\xb0\xd1\x80\xd1\x82\xd0\xb8\xd0\xba\xd1\x83\xd0\xbb") /* артикул */};
#undef L
	size_t e = at, b, i;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '#' || s[e - 1] == '-'))
		e--;
	for (b = e; b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != ','; b--)
		;
	for (i = 0; i < MV_ARRAY_LEN(labels); i++)
		if (e - b == labels[i].len && mv_tolower((unsigned char)s[b]) == (unsigned char)labels[i].word[0] &&
		    !strncasecmp(s + b, labels[i].word, e - b))
			return 1;
	return 0;
}

/*
 * Only two kinds of word may be a model number: a word with a digit, and
 * "mi" before a space (the name "MI 6"); they are read in the text's order,
 * and the others skipped: eight bytes at a time to the next digit, and to
 * the next "mi ".  The first of the highest rank wins; another brand's
 * number counts only when no word comes after it.
 */
int mv_find_model(mv_db *db, const char *s, size_t n, mv_model *out)
{
	mv_model m, best;
	int rank = 0; /* 3 numeric Xiaomi form, 2 listed, 1 name, -1 other brand */
	size_t i = 0, mi = (size_t)-1, digit = (size_t)-1;

	memset(&best, 0, sizeof best);
	if (mv_model_parse(s, n, &m, NULL, 0) == MV_OK) {
		if (strcmp(m.form, "name")) {
			*out = m;
			return 1;
		}
		/* a name as a whole ("Xiaomi Redmi 9 M2004J19G"): a model
		 * number among its words says more */
		best = m;
		rank = 1;
	}
	for (;;) {
		size_t at, j, k;
		int r = 0, has = 0, c, model_like;
		if (mi == (size_t)-1 || mi < i)
			mi = next_mi(s, n, i);
		if (digit == (size_t)-1 || digit < i)
			digit = mv_next_digit(s, n, i);
		if (mi < digit)
			at = mi;
		else if (digit < n)
			for (at = digit; at > i && !word_end(s[at - 1]); at--)
				; /* the word's start */
		else
			at = n;
		/* the words skipped: another brand's number is followed by one */
		if (rank == -1 && has_word(s, i, at))
			rank = 0;
		if (at == n)
			break;
		/* the word, and whether it has an ASCII digit and letter; a
		 * sentence's full stop ends it ("... is M2003J6CI.") */
		for (j = at; j < n && !((c = word_class[(unsigned char)s[j]]) & WORD_END) &&
			     !(s[j] == '.' && (j + 1 == n || word_end(s[j + 1])));
		     j++)
			has |= c;
		/* model-like: a digit and a letter ("XIG01"), not a word ("Global") */
		model_like = (has & (WORD_DIGIT | WORD_LETTER)) == (WORD_DIGIT | WORD_LETTER);
		if (j - at > 24 || (!model_like && !(j - at == 7 && !strncmp(s + at, "201", 3))) ||
		    after_stock_label(s, at))
			; /* a model number has a digit and a letter, but the 2012-2017 "2013023"; a
			   * shop's stock code is none */
		else
			r = word_rank(db, s + at, j - at, model_like, &m);
		/* "MI 6", "Mi 11": a name of two words */
		if (at == mi) {
			for (k = j + 1; k < n && !word_end(s[k]); k++)
				;
			if (mv_model_parse(s + at, k - at, &m, NULL, 0) == MV_OK && !m.other_brand[0])
				r = 1;
		}
		if (r > rank || (r == -1 && rank == 0)) {
			best = m;
			rank = r;
		}
		i = j;
	}
	if (rank == 0)
		return 0;
	*out = best;
	return 1;
}

/* Is "s" one build fingerprint: brand/product/device:release/id/incremental:type/tags? */
static int looks_like_fingerprint(const char *s, size_t n)
{
	size_t i, slashes = 0, colons = 0;

	if (n < 16 || n > 256)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '/')
			slashes++;
		else if (s[i] == ':')
			colons++;
		else if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')
			return 0;
	}
	return slashes == 5 && colons == 2;
}

/*
 * A browser's or an app's User-Agent ("Mozilla/5.0 (Linux; Android 12;
 * 22021119KR) AppleWebKit/537.36 ... Chrome/100.0.4896.127", "Dalvik/2.1.0
 * (Linux; U; Android 10; M2006C3MT MIUI/V12.0.7.0)"): the device field of
 * its first brackets, the last that is no platform word, up to " Build/"
 * or a space, into "model"; 1 when found.  Its other numbers are the
 * browser's, no firmware version.
 */
static int user_agent_model(const char *s, size_t n, char *model, size_t size)
{
	size_t i = 0, open, close, f, e, best_f = 0, best_e = 0;

	while (i < n && mv_isspace((unsigned char)s[i]))
		i++;
	if (n - i < 12 || (strncmp(s + i, "Mozilla/", 8) && strncmp(s + i, "Dalvik/", 7)))
		return 0;
	for (open = i; open < n && s[open] != '('; open++)
		;
	for (close = open; close < n && s[close] != ')'; close++)
		;
	if (close >= n)
		return 0;
	for (f = open + 1; f < close; f = e + 1) {
		size_t a = f, b;
		for (e = f; e < close && s[e] != ';'; e++)
			;
		while (a < e && s[a] == ' ')
			a++;
		for (b = a; b < e && s[b] != ' '; b++)
			;
		/* platform words, a language ("en-US"), the WebView mark */
		if (b - a < 4 || !strncasecmp(s + a, "Linux", 5) || !strncasecmp(s + a, "Android", 7) ||
		    !strncasecmp(s + a, "arm_64", 6) || !strncasecmp(s + a, "wv", 2) ||
		    (b - a == 5 && s[a + 2] == '-'))
			continue;
		best_f = a;
		best_e = b;
	}
	if (best_e <= best_f || best_e - best_f >= size)
		return 0;
	mv_strncpy0(model, size, s + best_f, best_e - best_f);
	return 1;
}

/* Does "s" look like a property dump rather than one string? */
static int looks_like_props(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i < n && s[i] == '[' && mv_memcasestr(s + i, n - i, "]: [") > 0)
		return 1; /* getprop: "[key]: [value]" */
	return mv_memcasestr(s, n, "[ro.") >= 0 || mv_memcasestr(s, n, "\nro.") >= 0 ||
	       mv_memcasestr(s, n, "getprop ro.") >= 0 || mv_memcasestr(s, n, "getprop persist.") >= 0 ||
	       (n > 3 && !strncmp(s, "ro.", 3) && memchr(s, '=', n)) || mv_memcasestr(s, n, "package:") == 0 ||
	       (memchr(s, '\n', n) && memchr(s, '=', n));
}

/* Split "brand/product/device:release/id/incremental:type/tags". */
typedef struct {
	char brand[32], product[64], device[64], release[16], id[48], incremental[64], type[16], tags[32];
} fingerprint;

static int parse_fingerprint(const char *s, fingerprint *f)
{
	const char *p = s;
	char *fields[8];
	size_t sizes[8] = {sizeof f->brand, sizeof f->product, sizeof f->device, sizeof f->release,
			   sizeof f->id, sizeof f->incremental, sizeof f->type, sizeof f->tags};
	const char seps[8] = {'/', '/', ':', '/', '/', ':', '/', '\0'};
	int i;

	memset(f, 0, sizeof *f);
	fields[0] = f->brand, fields[1] = f->product, fields[2] = f->device, fields[3] = f->release;
	fields[4] = f->id, fields[5] = f->incremental, fields[6] = f->type, fields[7] = f->tags;
	for (i = 0; i < 8; i++) {
		const char *e = seps[i] ? strchr(p, seps[i]) : p + strlen(p);
		if (!e)
			return 0;
		mv_strncpy0(fields[i], sizes[i], p, (size_t)(e - p));
		p = *e ? e + 1 : e;
	}
	return 1;
}

static mv_report *identify_dump(mv_db *db, const char *s, size_t n);

/* The custom ROMs' own package names start with the project's name
 * ("lineage-19.1-20220719-UNOFFICIAL-davinci.zip", "PixelOS_sweet-15.0-
 * ....zip", "crDroidAndroid-11.0-...-jason-v7.0.zip"): the word, as the
 * projects' download pages write it, and the ROM's name. */
static const struct {
	const char *word, *rom;
	int release; /* 1: the word after it names the release, not a device
		      * ("aospa-sapphire-2-miatoll-...") */
} custom_packages[] = {
	{"lineage", "LineageOS"}, {"crdroidandroid", "crDroid"}, {"crdroid", "crDroid"},
	{"evolutionx", "Evolution X"}, {"evolution", "Evolution X"}, {"pixelexperience", "Pixel Experience"},
	{"pixelos", "PixelOS"}, {"pixelplusui", "PixelPlusUI"}, {"arrow", "ArrowOS"}, {"havoc", "Havoc-OS"},
	{"aospa", "Paranoid Android", 1}, {"derpfest", "DerpFest"}, {"nusantara", "Nusantara"}, {"corvus", "Corvus OS"},
	{"awaken", "Awaken OS"}, {"immensity", "Immensity"}, {"superior", "Superior OS"}, {"risingos", "RisingOS"},
	{"pixys", "PixysOS"}, {"aicp", "AICP"}, {"resurrectionremix", "Resurrection Remix"}, {"syberia", "Syberia"},
	{"xdroid", "xdroid"}, {"kenvyra", "Kenvyra"}, {"octavios", "Octavi OS"}, {"sparkos", "Spark OS"},
	{"cherishos", "CherishOS"}, {"projectelixir", "Project Elixir"}, {"alphadroid", "AlphaDroid"},
};

/*
 * A package named as the custom ROMs' builds name theirs, whatever the
 * project ("Eve-7.1-sweet-20220906-1901-OFFICIAL"): its words joined by
 * '-' or '_', among them a codename the data knows, a build date (20YYMMDD)
 * and a kind of build (OFFICIAL, UNOFFICIAL, COMMUNITY, NIGHTLY, GAPPS,
 * VANILLA), which Xiaomi's own names ("miui_ALIOTHGlobal_V14.0.4.0...",
 * "alioth_global_images_...") never hold; the project's word, the first
 * "k" bytes of base[0..len).  1 with "r" filled.
 */
static int built_as_custom(mv_db *db, mv_report *r, const char *base, size_t len, size_t k)
{
	static const char *const kinds[] = {"official", "unofficial", "community", "nightly", "gapps", "vanilla"};
	char word[48], codename[48] = "";
	size_t at, e, j;
	int kind = 0, date = 0;

	for (at = k; at < len; at = e) {
		while (at < len && strchr("-_.", base[at]))
			at++;
		for (e = at; e < len && !strchr("-_.", base[e]); e++)
			;
		if (e - at < 2 || e - at >= sizeof word)
			continue;
		for (j = 0; j < e - at; j++)
			word[j] = (char)mv_tolower((unsigned char)base[at + j]);
		word[j] = '\0';
		if (e - at == 8 && strspn(word, "0123456789") == 8 && !strncmp(word, "20", 2))
			date = 1;
		for (j = 0; j < MV_ARRAY_LEN(kinds); j++)
			kind |= !strcmp(word, kinds[j]);
		if (!codename[0] && mv_isalpha((unsigned char)word[0]) && mv_db_codename_known(db, word))
			mv_strlcpy(codename, word, sizeof codename);
	}
	if (!kind || !date || !codename[0] || k == 0)
		return 0;
	SET(codename, codename);
	evidence(r, "'%.*s' is named as custom ROMs name their builds (the project '%.*s', the device %s, a build date "
		    "and the kind of build): a custom ROM, not Xiaomi's firmware",
		 (int)(len < 80 ? len : 80), base, (int)k, base, codename);
	custom_rom_read(db, r);
	return 1;
}

/* A custom ROM's package name, or a link to one: its project's word
 * first, and the device's codename among its words; 1 with "r" filled. */
static int custom_package(mv_db *db, mv_report *r, const char *s, size_t n)
{
	const char *base;
	char first[32], word[48];
	size_t i, k, len, at;
	int skip;

	/* a download page's link: ".../PixelOS_sweet-15.0-20250517-1357.zip/download" */
	if (n > 9 && !strncasecmp(s + n - 9, "/download", 9))
		n -= 9;
	for (base = s + n; base > s && base[-1] != '/'; base--)
		;
	len = (size_t)(s + n - base);
	for (k = 0; k < len && mv_isalnum((unsigned char)base[k]) && k + 1 < sizeof first; k++)
		first[k] = (char)mv_tolower((unsigned char)base[k]);
	first[k] = '\0';
	/* a file's name: the word, then "-" or "_", and no space in it
	 * ("Evolution of ..." is no package) */
	if (k == len || (base[k] != '-' && base[k] != '_') || memchr(base, ' ', len))
		return 0;
	for (i = 0; i < MV_ARRAY_LEN(custom_packages) && strcmp(first, custom_packages[i].word); i++)
		;
	if (i == MV_ARRAY_LEN(custom_packages))
		return built_as_custom(db, r, base, len, k);
	/* the device: the last of the other words that is a codename the
	 * data knows ("aospa-sapphire-2-miatoll-...": sapphire is the
	 * release's name) */
	for (at = k, skip = custom_packages[i].release; at < len;) {
		size_t e;
		while (at < len && strchr("-_.", base[at]))
			at++;
		for (e = at; e < len && !strchr("-_.", base[e]); e++)
			;
		if (skip && e > at)
			skip = 0;
		else if (e - at > 1 && e - at < sizeof word) {
			for (k = 0; k < e - at; k++)
				word[k] = (char)mv_tolower((unsigned char)base[at + k]);
			word[k] = '\0';
			if (mv_db_codename_known(db, word))
				SET(codename, word);
		}
		at = e;
	}
	evidence(r, "'%.*s' is the name of a %s package%s%s: a custom ROM, not Xiaomi's firmware", (int)(len < 80 ? len : 80),
		 base, custom_packages[i].rom, r->codename[0] ? " for " : "", r->codename);
	custom_rom_read(db, r);
	return 1;
}

/* Is "s" an Android build ID as Settings shows it ("PKQ1.180917.001",
 * "AP3A.240905.015.A2"): four letters or digits, six digits, three
 * digits, perhaps a suffix? */
static int android_build_id(const char *s, size_t n)
{
	size_t i;

	if (n < 15 || s[4] != '.' || s[11] != '.')
		return 0;
	for (i = 0; i < 4; i++)
		if (!mv_isupper((unsigned char)s[i]) && !mv_isdigit((unsigned char)s[i]))
			return 0;
	for (i = 5; i < 15; i++)
		if (i != 11 && !mv_isdigit((unsigned char)s[i]))
			return 0;
	if (n > 15 && s[15] != '.')
		return 0;
	for (i = 16; i < n; i++)
		if (!mv_isalnum((unsigned char)s[i]))
			return 0;
	return 1;
}

/* A phone's codename typed alone ("tissot"), or with the Android build ID
 * Settings shows ("tissot PKQ1.180917.001"): the phone it names, as a name
 * would be.  1 when "r" is filled. */
static int identify_codename(mv_db *db, mv_report *r, const char *s, size_t n)
{
	char word[48], names[2][64], markets[2][64], brand[32];
	size_t k = 0, i = 0;

	while (i < n && mv_isspace((unsigned char)s[i]))
		i++;
	for (; i < n && (mv_isalnum((unsigned char)s[i]) || s[i] == '_') && k + 1 < sizeof word; i++)
		word[k++] = (char)mv_tolower((unsigned char)s[i]);
	word[k] = '\0';
	while (n > i && mv_isspace((unsigned char)s[n - 1]))
		n--;
	while (i < n && mv_isspace((unsigned char)s[i]))
		i++;
	if (k < 3 || (i < n && !android_build_id(s + i, n - i)) || !mv_db_codename_known(db, word) ||
	    mv_db_names(db, word, names, markets, 1, brand, sizeof brand) < 1)
		return 0;
	SET(codename, word);
	evidence(r, "'%s' is the codename of %s, not a model number or a version", word, names[0]);
	if (i < n)
		evidence(r, "%.*s is an Android build ID: it tells the Android release, not whose build it is or its region",
			 (int)(n - i), s + i);
	model_numbers_of(db, r, word);
	identify_name(db, r, 1, names[0]);
	return 1;
}

/*
 * A phone's name with its codename beside it, as bug reports give the
 * device ("Redmi Note 9 (merlin)", "Poco F3 (Alioth)", "Note 4X nikel"):
 * the phone of that name that has that codename: 1.  A word that is a
 * codename of no phone of the name ("Redmi Note 8 (lavender)") names no
 * phone: -1; no codename beside a name: 0.
 */
static int named_with_codename(mv_db *db, mv_report *r, const char *s, size_t n)
{
	char word[48], rest[64], said[64], names[1][64], markets[1][64], brand[32];
	size_t i = 0;
	int other = 0;

	while (i < n) {
		size_t from, k = 0, o = 0, j;
		int named;
		while (i < n && !mv_isalnum((unsigned char)s[i]))
			i++;
		for (from = i; i < n && (mv_isalnum((unsigned char)s[i]) || s[i] == '_'); i++)
			if (k + 1 < sizeof word)
				word[k++] = (char)mv_tolower((unsigned char)s[i]);
		word[k] = '\0';
		if (k < 3 || i - from != k || !mv_db_codename_known(db, word) ||
		    mv_db_names(db, word, names, markets, 1, brand, sizeof brand) < 1)
			continue;
		/* the rest, its brackets as spaces */
		for (j = 0; j < n && o + 1 < sizeof rest; j++) {
			char c = j >= from && j < i ? ' ' : strchr("()[],", s[j]) ? ' ' : s[j];
			if (c != ' ' || (o && rest[o - 1] != ' '))
				rest[o++] = c;
		}
		while (o && rest[o - 1] == ' ')
			o--;
		rest[o] = '\0';
		if (!o)
			continue;
		SET(codename, word);
		if ((named = phone_of_name(db, r, rest, NULL, said, sizeof said)) != 0) {
			identify_name(db, r, named, said);
			evidence(r, "'%s' written beside the name is its codename", word);
			return 1;
		}
		SET(codename, "");
		other = 1;
	}
	return other ? -1 : 0;
}

/*
 * A phone's name with remarks beside it ("红米 K40 （高通骁龙870）", "Redmi
 * Note 12 Pro 4g (Sweet2)", "Poco M4 PRO 8/256gb"): the name without what
 * its brackets hold and without a memory size.
 */
static int name_with_remarks(mv_db *db, mv_report *r, const char *s, size_t n)
{
	char bare[64], said[64];
	size_t i = 0, o = 0;
	int depth = 0, named;

	while (i < n && o + 1 < sizeof bare) {
		const unsigned char *p = (const unsigned char *)s + i;
		size_t k;
		if (*p == '(' || *p == '[' || (n - i >= 3 && !memcmp(p, "\xef\xbc\x88", 3))) {
			depth++;
			i += *p == 0xef ? 3 : 1;
			continue;
		}
		if (*p == ')' || *p == ']' || (n - i >= 3 && !memcmp(p, "\xef\xbc\x89", 3))) {
			depth -= depth > 0;
			i += *p == 0xef ? 3 : 1;
			continue;
		}
		/* "8/256gb", "8+256GB", "8GB/256GB": a memory size, a word of its own */
		for (k = i; k < n && (mv_isdigit((unsigned char)s[k]) || strchr("/+", s[k]) || mv_isalpha((unsigned char)s[k])); k++)
			;
		if (!depth && (i == 0 || s[i - 1] == ' ') && k > i && mv_isdigit(*p) &&
		    memchr(s + i, '/', k - i) != memchr(s + i, '+', k - i) && mv_memcasestr(s + i, k - i, "gb") >= 0) {
			i = k;
			continue;
		}
		if (!depth && (s[i] != ' ' || (o && bare[o - 1] != ' ')))
			bare[o++] = s[i];
		i++;
	}
	while (o && bare[o - 1] == ' ')
		o--;
	bare[o] = '\0';
	if (!o || o == n || !(named = phone_of_name(db, r, bare, NULL, said, sizeof said)))
		return 0;
	identify_name(db, r, named, said);
	evidence(r, "the words beside the name are no part of it: read as '%s'", bare);
	return 1;
}

/* The names of one phone in its markets, joined by '/' ("Mi 9T Pro/Redmi
 * K20 Pro", as ROM projects name the phone they build for): each part a
 * name of one phone, the same for all.  1 when so, "r" filled as for a
 * name. */
static int names_of_one_phone(mv_db *db, mv_report *r, const char *s, size_t n)
{
	char part[64], cn[4][48], names[4][64], common[4][48], one[64] = "", said[64];
	size_t from = 0, to, end;
	int parts = 0, ncommon = 0, named, i, j, k;

	if (!memchr(s, '/', n))
		return 0;
	while (from <= n) {
		for (to = from; to < n && s[to] != '/'; to++)
			;
		for (end = to; end > from && mv_isspace((unsigned char)s[end - 1]); end--)
			;
		while (from < end && mv_isspace((unsigned char)s[from]))
			from++;
		if (end - from >= sizeof part)
			return 0;
		mv_strncpy0(part, sizeof part, s + from, end - from);
		if ((k = mv_db_devices_by_written_name(db, part, cn, names, 4)) <= 0)
			return 0;
		/* the phones every part names ("Redmi K20 Pro": raphael and
		 * India's raphaelin; "Mi 9T Pro": raphael) */
		if (!parts++) {
			memcpy(common, cn, sizeof common);
			ncommon = k;
		} else
			for (i = 0; i < ncommon;) {
				for (j = 0; j < k && strcmp(common[i], cn[j]); j++)
					;
				if (j == k)
					memmove(common[i], common[--ncommon], sizeof common[0]);
				else
					i++;
			}
		if (k == 1)
			mv_strlcpy(one, part, sizeof one);
		from = to + 1;
	}
	if (parts < 2 || ncommon != 1 || !one[0] || !(named = phone_of_name(db, r, one, NULL, said, sizeof said)))
		return 0;
	identify_name(db, r, named, said);
	return 1;
}

/* A phone's name written beside a version that names no device
 * ("HyperOS 2.0.207.0 Android 15 Redmi K60", "Mi 11x hyper OS 1.0.2.0"):
 * the words left once the version's numbers and the system's words are
 * taken out, when they name one phone; its codename then stands in "r". */
static void name_beside_version(mv_db *db, mv_report *r, const char *s, size_t n)
{
	/* the systems' names first (a number after them is their release) */
	static const char *const system_words[] = {"hyperos", "os", "miui", "android", "hyper", "beta", "stable",
						   "version", "global", "china", "eea", "india", "rom"};
	char rest[64], cn[4][48], names[4][64];
	size_t i = 0, o = 0;

	while (i < n) {
		size_t from, k;
		int digit = 0, skip = 0;
		while (i < n && (mv_isspace((unsigned char)s[i]) || strchr("(),:;|", s[i])))
			i++;
		for (from = i; i < n && !mv_isspace((unsigned char)s[i]) && !strchr("(),:;|", s[i]); i++)
			digit |= mv_isdigit((unsigned char)s[i]);
		if (i == from)
			break;
		/* a version's numbers ("2.0.207.0"), the words of systems and
		 * builds, and a system's release after its name ("MIUI 14",
		 * "Android 13") */
		skip = digit && memchr(s + from, '.', i - from);
		for (k = 0; k < MV_ARRAY_LEN(system_words) && !skip; k++)
			if (strlen(system_words[k]) == i - from && !strncasecmp(s + from, system_words[k], i - from))
				break;
		skip |= k < MV_ARRAY_LEN(system_words);
		if (!digit && k < 4) {
			size_t j = i;
			while (j < n && mv_isspace((unsigned char)s[j]))
				j++;
			if (j < n && mv_isdigit((unsigned char)s[j]))
				for (i = j; i < n && !mv_isspace((unsigned char)s[i]); i++)
					;
		}
		if (skip)
			continue;
		if (o + (i - from) + 2 >= sizeof rest)
			return;
		if (o)
			rest[o++] = ' ';
		memcpy(rest + o, s + from, i - from);
		o += i - from;
	}
	rest[o] = '\0';
	for (i = 0; i < o && !mv_isalpha((unsigned char)rest[i]); i++)
		;
	if (i < o && mv_db_devices_by_written_name(db, rest, cn, names, (int)MV_ARRAY_LEN(cn)) == 1) {
		SET(codename, cn[0]);
		evidence(r, "'%s' written beside the version names the phone: %s (%s)", rest, names[0], cn[0]);
	}
}

static mv_report *identify_input(mv_db *db, const char *s, size_t n)
{
	mv_report *r = new_report(s, n);
	char err[256], err2[256];
	mv_status st;
	mv_version v;
	mv_model m;
	mv_imei im;
	size_t i, digits = 0, other = 0;
	int beside = 0; /* a codename beside a name: see named_with_codename() */

	if (!r)
		return NULL;
	if (n > MV_MAX_STRING && !looks_like_props(s, n < 65536 ? n : 65536))
		return fail(r, MV_ERR_TOO_LONG, "input is longer than 4096 bytes and is not a property dump");
	if ((st = mv_text_check(s, n, MV_MAX_DUMP, err, sizeof err)) != MV_OK)
		return fail(r, st, err);
	if (looks_like_props(s, n)) {
		mv_report_free(r);
		return identify_dump(db, s, n);
	}
	if (looks_like_fingerprint(s, n)) {
		/* "Xiaomi/alioth_global/alioth:13/TKQ1.../V14.0.6.0.TKHMIXM:user/release-keys":
		 * read as the one property it is */
		mv_buf b = MV_BUF_INIT;
		mv_report *fr;
		mv_buf_addf(&b, "ro.build.fingerprint=%.*s\n", (int)n, s);
		fr = identify_dump(db, mv_buf_str(&b), strlen(mv_buf_str(&b)));
		mv_buf_release(&b);
		if (fr && !fr->error[0]) {
			fingerprint f;
			char whole[260];
			mv_quote(fr->input, sizeof fr->input, s, n);
			mv_strncpy0(whole, sizeof whole, s, n);
			fr->kind = MV_KIND_VERSION;
			if (parse_fingerprint(whole, &f))
				snprintf(fr->evidence[0], sizeof fr->evidence[0],
					 "a build fingerprint: brand %s, product %s, device %s, build %s (%s, %s)", f.brand,
					 f.product, f.device, f.incremental, f.type, f.tags);
		}
		mv_report_free(r);
		return fr;
	}
	{
		char model[48];
		if (user_agent_model(s, n, model, sizeof model)) {
			mv_report *ur = identify_input(db, model, strlen(model));
			if (ur) {
				mv_quote(ur->input, sizeof ur->input, s, n);
				if (ur->n_evidence < (int)MV_ARRAY_LEN(ur->evidence)) {
					memmove(ur->evidence[1], ur->evidence[0], (size_t)ur->n_evidence * sizeof ur->evidence[0]);
					snprintf(ur->evidence[0], sizeof ur->evidence[0],
						 "a User-Agent: the device it names is '%s' (its other numbers are the browser's)",
						 model);
					ur->n_evidence++;
				}
			}
			mv_report_free(r);
			return ur;
		}
	}
	for (i = 0; i < n; i++)
		if (mv_isdigit((unsigned char)s[i]))
			digits++;
		else if (mv_fullwidth_digit((const unsigned char *)s + i, n - i) >= 0)
			digits++, i += 2;
		else if (!strchr(" -/.", s[i]))
			other++;
	/* (labels, a slot's number, a software version, two IMEIs: the
	 * reader's to tell; what is no IMEI it leaves to the others) */
	if (((digits >= 14 && digits <= 40) || (n < 200 && mv_memcasestr(s, n, "meid") >= 0)) &&
	    (st = mv_imei_parse(s, n, &im, err, sizeof err)) != MV_ERR_PARSE) {
		if (st == MV_OK) {
			identify_imei(db, r, &im);
			return r;
		}
		if (st == MV_ERR_INVALID) {
			r->kind = MV_KIND_IMEI;
			return fail(r, st, err);
		}
	}
	/* a custom ROM's package, whatever numbers its name holds */
	if (custom_package(db, r, s, n))
		return r;
	if (mv_version_parse(s, n, &v, err, sizeof err) == MV_OK && mv_version_check_code(db, &v)) {
		int model = n < 200 && mv_find_model(db, s, n, &m) && !m.other_brand[0] && strcmp(m.form, "name");
		if (!model && !v.code[0] && !v.mod_device[0] && !v.package_codename[0] && n < 128)
			name_beside_version(db, r, s, n);
		identify_version(db, r, &v, model ? &m : NULL);
		tidy(r);
		return r;
	}
	(void)err2;
	{
		/* a custom ROM named with no version of Xiaomi's ("LineageOS 20",
		 * "crDroid 9.2 Android 13", "Xiaomi.eu") */
		const char *rom = mv_custom_rom_named(s, n, 0);
		if (rom) {
			evidence(r, "'%s' names a custom ROM, not Xiaomi's firmware", rom);
			custom_rom_read(db, r);
			return r;
		}
	}
	{
		/* a phone's name and the market of the version meant */
		char market[16], name[64], said[64];
		size_t k = mv_market_said(s, n, market, sizeof market);
		int named;
		if (k > 0 && k < sizeof name) {
			mv_strncpy0(name, sizeof name, s, k);
			if ((named = phone_of_name(db, r, name, market, said, sizeof said)) != 0) {
				identify_name(db, r, named, said);
				evidence(r, "the %s version is meant: its model numbers above are marked %s", market, market);
				return r;
			}
		}
	}
	if (n < 64 && (beside = named_with_codename(db, r, s, n)) > 0)
		return r;
	if (n < 128 && names_of_one_phone(db, r, s, n))
		return r;
	if (model_without_letter(db, r, s, n))
		return r;
	if (mv_find_model(db, s, n, &m)) {
		if (m.other_brand[0]) {
			char msg[256];
			r->kind = MV_KIND_MODEL;
			SET(model, m.text);
			snprintf(msg, sizeof msg, "model '%s' is not a Xiaomi number: it has the form of %s models",
				 m.text, m.other_brand);
			return fail(r, MV_ERR_NOT_FOUND, msg);
		}
		identify_model(db, r, &m);
		tidy(r);
		return r;
	}
	if (n < 64 && other) {
		/* a name without its brand word ("Note 13 Pro", "K40") or of
		 * words alone ("Leica Leitzphone powered by Xiaomi") */
		char name[64], said[64];
		int named;
		mv_strncpy0(name, sizeof name, s, n);
		if ((named = phone_of_name(db, r, name, NULL, said, sizeof said)) != 0) {
			identify_name(db, r, named, said);
			return r;
		}
	}
	if (identify_codename(db, r, s, n))
		return r;
	/* (a model number in the brackets was read above) */
	if (n < 64 && beside == 0 && name_with_remarks(db, r, s, n))
		return r;
	{
		/* a custom ROM's name misspelt ("LinageOS 20.0"), where nothing
		 * else was read */
		char word[32];
		const char *rom = mv_custom_rom_misspelt(s, n, word, sizeof word);
		if (rom) {
			evidence(r, "'%s' is one letter from %s, a custom ROM's name: not Xiaomi's firmware", word, rom);
			custom_rom_read(db, r);
			return r;
		}
	}
	{
		char q[80], msg[256];
		mv_quote(q, sizeof q, s, n);
		snprintf(msg, sizeof msg, "'%s' is not a firmware version, model number, IMEI, property dump or phone's name", q);
		return fail(r, MV_ERR_PARSE, msg);
	}
}

void mv_report_free(mv_report *r)
{
	free(r);
}

/* ------------------------------------------------------------ property dumps */

/* The name of the first of several keys that is set. */
static const char *prop_key_of(const mv_props *p, const char *const *keys)
{
	const char *v;

	for (; *keys; keys++)
		if ((v = mv_props_get(p, *keys)) && *v)
			return *keys;
	return "";
}

/* The first of several keys that is set. */
static const char *prop_any(const mv_props *p, const char *const *keys)
{
	const char *v;

	for (; *keys; keys++)
		if ((v = mv_props_get(p, *keys)) && *v)
			return v;
	return NULL;
}

static const char *const K_MODEL[] = {"ro.product.model", "ro.product.vendor.model", "ro.product.odm.model",
				      "ro.product.product.model", "ro.product.system.model", NULL};
static const char *const K_DEVICE[] = {"ro.product.device", "ro.product.vendor.device", "ro.product.odm.device",
				       "ro.build.product", "ro.product.system.device", NULL};
/* how the build was made and signed: the whole build's, then each
 * partition's */
static const char *const K_TYPE[] = {"ro.build.type", "ro.system.build.type", "ro.product.build.type",
				     "ro.system_ext.build.type", "ro.vendor.build.type", "ro.odm.build.type", NULL};
static const char *const K_TAGS[] = {"ro.build.tags", "ro.system.build.tags", "ro.product.build.tags",
				     "ro.system_ext.build.tags", "ro.vendor.build.tags", "ro.odm.build.tags", NULL};
/* the firmware version: the whole build's keys first, then each partition's
 * (an excerpt may hold only the vendor's or odm's) */
static const char *const K_VERSION[] = {"ro.mi.os.version.incremental", "ro.build.version.incremental",
					"ro.system.build.version.incremental", "ro.product.build.version.incremental",
					"ro.system_ext.build.version.incremental", "ro.vendor.build.version.incremental",
					"ro.odm.build.version.incremental", NULL};
static const char *const K_FINGERPRINT[] = {"ro.build.fingerprint", "ro.system.build.fingerprint",
					    "ro.product.build.fingerprint", "ro.vendor.build.fingerprint",
					    "ro.odm.build.fingerprint", "ro.bootimage.build.fingerprint", NULL};
static const char *const K_BRAND[] = {"ro.product.brand", "ro.product.manufacturer", "ro.product.vendor.brand",
				      "ro.product.vendor.manufacturer", "ro.product.system.brand", "ro.product.odm.brand",
				      "ro.product.odm.manufacturer", "ro.product.product.brand", NULL};
/* properties only MIUI and HyperOS set */
static const char *const K_MIUI[] = {"ro.miui.ui.version.code", "ro.miui.ui.version.name", "ro.mi.os.version.name",
				     "ro.mi.os.version.code", "ro.mi.os.version.incremental", NULL};
/* Properties only custom ROMs set, and what they are. */
static const struct {
	const char *key;
	const char *rom;
} custom_keys[] = {
	{"ro.lineage.version", "LineageOS"}, {"ro.lineage.build.version", "LineageOS"},
	{"ro.cm.version", "CyanogenMod"}, {"ro.crdroid.version", "crDroid"},
	{"ro.pixelexperience.version", "Pixel Experience"}, {"ro.evolution.version", "Evolution X"},
	{"ro.aospa.version", "Paranoid Android"}, {"ro.arrow.version", "ArrowOS"},
	{"ro.derp.version", "DerpFest"}, {"ro.havoc.version", "Havoc-OS"},
	{"ro.potato.version", "POSP"}, {"ro.rising.version", "RisingOS"},
	{"ro.afterlife.version", "AfterlifeOS"}, {"ro.statix.version", "StatiXOS"},
	{"ro.modversion", "a custom ROM"},
	/* prefixes: any key under them */
	{"org.pixelexperience.", "Pixel Experience"}, {"ro.lineage.", "LineageOS"},
	{"ro.crdroid.", "crDroid"}, {"org.evolution.", "Evolution X"}, {"ro.evolution.", "Evolution X"},
	{"ro.aospa.", "Paranoid Android"}, {"ro.arrow.", "ArrowOS"}, {"ro.potato.", "POSP"},
	{"ro.spark.", "Spark OS"}, {"ro.cherish.", "Cherish OS"}, {"ro.pixys.", "PixysOS"},
	{"ro.superior.", "Superior OS"}, {"ro.voltage.", "Voltage OS"}, {"ro.nameless.", "Nameless AOSP"},
	{"ro.yaap.", "YAAP"}, {"ro.syberia.", "Syberia OS"}, {"ro.elixir.", "Project Elixir"},
};

/* Is "d" a build of Xiaomi's form: a device and region code, a weekly's
 * date or a developer build? */
static int xiaomi_form(const mv_version *d)
{
	return d->code[0] || d->weekly_date[0] || strstr(d->text, ".DEV");
}

/* Does a version key (or, with "fingerprints", a fingerprint) of any
 * partition carry a build of Xiaomi's form (V14.0.8.0.TKHMIXM,
 * OS2.0.3.0.VNAMIXM, a weekly 22.3.23)?  An excerpt of a stock phone may
 * lack the MIUI keys; it keeps those.  (A custom ROM may copy a Xiaomi
 * fingerprint, never its own build number.) */
static int xiaomi_build_in(const mv_props *p, int fingerprints)
{
	mv_version d;
	fingerprint f;
	const char *v;
	int i;

	for (i = 0; K_VERSION[i]; i++)
		if ((v = mv_props_get(p, K_VERSION[i])) && *v && mv_version_parse(v, strlen(v), &d, NULL, 0) == MV_OK &&
		    xiaomi_form(&d))
			return 1;
	for (i = 0; fingerprints && K_FINGERPRINT[i]; i++)
		if ((v = mv_props_get(p, K_FINGERPRINT[i])) && *v && parse_fingerprint(v, &f) && f.incremental[0] &&
		    mv_version_parse(f.incremental, strlen(f.incremental), &d, NULL, 0) == MV_OK && xiaomi_form(&d))
			return 1;
	return 0;
}

/* The phone's maker by its partitions' brand and maker properties, the
 * chip platform's names passed over ("qti" of Qualcomm's system image,
 * "alps" of MediaTek's reference code: no maker's); NULL where none. */
static const char *maker_of(const mv_props *p)
{
	static const char *const platform[] = {"qti", "qualcomm", "alps", "mediatek", "mtk", "unisoc", "sprd", "generic",
					       "aosp", NULL};
	const char *const *key, *v;
	int k;

	for (key = K_BRAND; *key; key++) {
		if (!(v = mv_props_get(p, *key)) || !*v)
			continue;
		for (k = 0; platform[k] && strcasecmp(v, platform[k]); k++)
			;
		if (!platform[k])
			return v;
	}
	return NULL;
}

/* Is "b" one of Xiaomi's brands (Xiaomi, Redmi, POCO; "Android" in
 * generic system images)? */
static int is_xiaomi_brand(const char *b)
{
	static const char *const brands[] = {"xiaomi", "redmi", "poco", "pocophone", "mi", "android", NULL};
	const char *const *i;

	for (i = brands; *i; i++)
		if (!strcasecmp(b, *i))
			return 1;
	return 0;
}


/* Does any partition's brand or maker say Xiaomi's (a custom ROM that
 * names its phone a Pixel leaves the vendor's and odm's own)? */
static int xiaomi_partition(const mv_props *p)
{
	static const char *const parts[] = {"", "vendor.", "odm.", "system.", "product.", "system_ext.", "bootimage."};
	static const char *const what[] = {"brand", "manufacturer"};
	size_t i, k;

	for (i = 0; i < MV_ARRAY_LEN(parts); i++)
		for (k = 0; k < MV_ARRAY_LEN(what); k++) {
			char key[64];
			const char *v;
			snprintf(key, sizeof key, "ro.product.%s%s", parts[i], what[k]);
			if ((v = mv_props_get(p, key)) && is_xiaomi_brand(v) && strcasecmp(v, "android"))
				return 1; /* (a generic system image's "Android" is anyone's) */
		}
	return 0;
}

/* Is brand "v" MediaTek's reference code's name in a Xiaomi's own vendor
 * partition: "alps" from ro.product.vendor.brand alone (no ro.product.brand
 * or manufacturer of the phone says it), beside
 * ro.product.vendor.manufacturer=Xiaomi and a vendor device the data knows
 * (the Redmi Note 14 Pro 5G's HyperOS 3)?  Not a clone's "alps" as its
 * brand, whatever a system partition's key says (a spoofing module writes
 * those). */
static int alps_vendor_of_xiaomi(mv_db *db, const mv_props *p, const char *v)
{
	const char *maker = mv_props_get(p, "ro.product.vendor.manufacturer");
	const char *device = mv_props_get(p, "ro.product.vendor.device");

	return !strcasecmp(v, "alps") && !mv_props_get(p, "ro.product.brand") &&
	       !mv_props_get(p, "ro.product.manufacturer") && maker && !strcasecmp(maker, "Xiaomi") && device &&
	       mv_db_codename_known(db, device);
}

/*
 * The chip a dump states, by properties a ROM does not rewrite to look like
 * another phone (a Pixel's fingerprint is spoofed, the SoC's name is not):
 * its maker and, from ro.soc.model, its
 * part number without the variant ("SM8150", "MT6769" of "MT6769H"); the
 * key that said it.  0 when no property says.
 */
typedef struct {
	char maker[16];    /* "Qualcomm", "MediaTek", "Unisoc" */
	char part[16];     /* "" when no key names the part */
	char platform[24]; /* ro.board.platform, lower case, or "" */
	char key[40];
	char value[40];
} dump_chip;

/* The maker a part number or a platform's name is of ("MediaTek" of
 * "mt6580"), or NULL. */
static const char *chip_maker_of(const char *v)
{
	if (!strncasecmp(v, "mt", 2) && mv_isdigit((unsigned char)v[2]))
		return "MediaTek";
	if ((!strncasecmp(v, "sm", 2) && mv_isdigit((unsigned char)v[2])) ||
	    ((!strncasecmp(v, "sdm", 3) || !strncasecmp(v, "msm", 3) || !strncasecmp(v, "apq", 3)) &&
	     mv_isdigit((unsigned char)v[3])))
		return "Qualcomm";
	if ((!strncasecmp(v, "ums", 3) || !strncasecmp(v, "sc9", 3) || !strncasecmp(v, "sp9", 3)) &&
	    mv_isdigit((unsigned char)v[3]))
		return "Unisoc";
	return NULL;
}

/* A part number's letters and first four digits ("SM8250-AC" -> "SM8250",
 * "MT6769V/CU" -> "MT6769", "SDM660"), upper case; "" when "v" is none. */
static void chip_part(const char *v, char *out, size_t size)
{
	size_t i = 0, d = 0, k = 0;

	out[0] = '\0';
	while (v[i] && mv_isalpha((unsigned char)v[i]) && i < 3)
		i++;
	if (i < 2 || !chip_maker_of(v))
		return;
	while (mv_isdigit((unsigned char)v[i + d]) && d < 4)
		d++;
	if (d < 3 || mv_isdigit((unsigned char)v[i + d]) || i + d + 1 > size)
		return;
	for (k = 0; k < i + d; k++)
		out[k] = (char)mv_toupper((unsigned char)v[k]);
	out[k] = '\0';
}

/* The chip as property "key" says it, value "v", maker "maker": 1. */
static int chip_said_by(dump_chip *c, const char *key, const char *v, const char *maker)
{
	mv_strlcpy(c->key, key, sizeof c->key);
	mv_strlcpy(c->value, v, sizeof c->value);
	mv_strlcpy(c->maker, maker, sizeof c->maker);
	return 1;
}

static int read_dump_chip(mv_db *db, const mv_props *p, dump_chip *c)
{
	static const char *const mtk_keys[] = {"ro.mediatek.platform", "ro.vendor.mediatek.platform", NULL};
	static const char *const any_keys[] = {"ro.board.platform", "ro.hardware", "ro.boot.hardware", NULL};
	const char *v, *m;
	char parts[1][16];
	int i;

	memset(c, 0, sizeof *c);
	if ((v = mv_props_get(p, "ro.board.platform")) && *v)
		mv_lower(c->platform, sizeof c->platform, v);
	if ((v = mv_props_get(p, "ro.soc.model")) && *v && (m = chip_maker_of(v))) {
		chip_part(v, c->part, sizeof c->part);
		return chip_said_by(c, "ro.soc.model", v, m);
	}
	for (i = 0; mtk_keys[i]; i++)
		if ((v = mv_props_get(p, mtk_keys[i])) && *v && (m = chip_maker_of(v)))
			return chip_said_by(c, mtk_keys[i], v, m);
	/* a platform's or hardware's name: its maker only ("mt6768" is the
	 * platform of the Helio G85, an MT6769Z; "msm8937" of an MSM8940),
	 * or a Qualcomm platform's own name ("msmnile") */
	if (c->platform[0] && mv_db_platform_parts(db, c->platform, parts, 1) == 1)
		return chip_said_by(c, "ro.board.platform", c->platform, "Qualcomm");
	for (i = 0; any_keys[i]; i++)
		if ((v = mv_props_get(p, any_keys[i])) && *v && ((m = chip_maker_of(v)) || !strcmp(v, "qcom")))
			return chip_said_by(c, any_keys[i], v, m ? m : "Qualcomm");
	return 0;
}

/*
 * Are two Qualcomm parts of tiers far apart, the first digit of SM and SDM
 * numbers ("SM8150", a Snapdragon 855, against "SM4450", a 4 Gen 2)?
 * Within a tier the software may name the die a binned chip was cut from
 * (a Snapdragon 636 reports "SDM660", a 678 "SM6150"): no contradiction.
 * MediaTek's numbers the same way name platforms, not chips (the Helio
 * G85, an MT6769Z, reports "mt6768"): none compared.
 */
static int other_tier(const char *a, const char *b)
{
	size_t ka = strspn(a, "SDM"), kb = strspn(b, "SDM");

	if (!a[0] || !b[0] || strncmp(a, "S", 1) || strncmp(b, "S", 1) || ka < 2 || kb < 2 ||
	    !mv_isdigit((unsigned char)a[ka]) || !mv_isdigit((unsigned char)b[kb]))
		return 0;
	/* two tiers apart at least: a 7-series chip may report its 6-series
	 * die's platform or number (the Snapdragon 732G, SM7150, on
	 * "sm6150"; the 720G, SM7125, on "atoll"), a 7+ Gen 2 the 8 Gen 1's
	 * "taro" */
	return abs(a[ka] - b[kb]) >= 2;
}

/*
 * Does the dump's platform rule out the chip "cs" of a sheet (its Qualcomm
 * part "part", or ""): a MediaTek chip whose phones report another
 * platform ("mt6580" where the Dimensity 1080's report "mt6877"), or a
 * Qualcomm platform whose every part is of another tier than the sheet's
 * ("msmnile", the SM8150's, where the Redmi 14C 5G has an SM4450)?  A chip
 * or platform the table does not hold rules nothing out.
 */
static int other_platform(mv_db *db, const dump_chip *c, const char *cs, const char *part, int qualcomm)
{
	char name[48], platform[24], parts[4][16];
	const char *w = cs + strcspn(cs, " ");
	size_t k;
	int n, i;

	if (!c->platform[0])
		return 0;
	if (!strcmp(c->maker, "MediaTek")) {
		/* the sheet's chip by its name: "Mediatek MT6769Z Helio G85 (12
		 * nm)" is the "Helio G85" */
		while (*w == ' ')
			w++;
		if (!strncasecmp(w, "MT", 2) && mv_isdigit((unsigned char)w[2]))
			for (w += strcspn(w, " "); *w == ' '; w++)
				;
		k = strcspn(w, "(");
		while (k > 0 && w[k - 1] == ' ')
			k--;
		mv_strncpy0(name, sizeof name, w, k);
		return name[0] && mv_db_chip_platform(db, name, platform, sizeof platform) &&
		       !strncmp(c->platform, "mt", 2) && strcmp(platform, c->platform) != 0;
	}
	if (!qualcomm || strcmp(c->maker, "Qualcomm") || !part[0] || c->part[0])
		return 0;
	n = mv_db_platform_parts(db, c->platform, parts, (int)MV_ARRAY_LEN(parts));
	for (i = 0; i < n; i++)
		if (!other_tier(part, parts[i]))
			return 0;
	return n > 0;
}

/*
 * Does the dump's chip rule out every phone of "codename" (its spec
 * sheets' chips: another maker, a Qualcomm part of a tier far from the
 * sheet's, or a MediaTek platform other than the sheet chip's; with
 * "by_platform", also a Qualcomm platform's name whose every part is of a
 * tier far from the sheet's, which only tells another maker's device from
 * a Xiaomi one, never a counterfeit)?
 * A sheet's chip the data does not name, or a part either side leaves
 * unnamed, rules nothing out.  The first sheet's name and chip into
 * "phone" and "chip".
 */
static int chip_rules_out(mv_db *db, const dump_chip *c, const char *codename, int by_platform, const char *model,
			  char *phone, size_t psize, char *chip, size_t csize)
{
	const mv_device_spec *rows[8];
	int n, i, out = 0;

	if (!c->maker[0] || !codename || !*codename || strchr(codename, '|'))
		return 0;
	n = mv_db_device_specs(db, codename, rows, (int)MV_ARRAY_LEN(rows));
	for (i = 0; i < n; i++) {
		const char *cs = rows[i]->chipset;
		/* a sheet that lists model numbers, not the dump's own, is
		 * another phone's filed under its codename (India's "Redmi
		 * Note 10T 5G", a Dimensity 700, for Japan's SM4350 lilac):
		 * no evidence */
		if (model && *model && !strchr(model, ' ') && strpbrk(model, "0123456789") &&
		    mv_db_sheet_lists_model(db, rows[i]->model_name, model) == 0)
			continue;
		const char *maker = !strncasecmp(cs, "Qualcomm", 8)   ? "Qualcomm"
				    : !strncasecmp(cs, "Mediatek", 8) ? "MediaTek"
				    : !strncasecmp(cs, "Unisoc", 6)   ? "Unisoc"
								      : NULL;
		char part[16] = "";
		const char *w;
		if (!maker)
			return 0; /* a chip of another maker or unnamed: nothing to compare */
		for (w = cs; *w && !part[0]; w += strcspn(w, " ") + (w[strcspn(w, " ")] == ' '))
			chip_part(w, part, sizeof part);
		if (strcmp(maker, c->maker) == 0 && !other_tier(part, c->part) && !other_platform(db, c, cs, part, by_platform))
			return 0; /* this sheet's chip may be the dump's */
		if (!out++) {
			mv_strlcpy(phone, rows[i]->model_name, psize);
			mv_strlcpy(chip, cs, csize);
		}
	}
	return out > 0;
}

/* Does anything but the spoofable brand say Xiaomi's phone: a partition's
 * brand or maker, Xiaomi's hardware code or mod_device, or a device name
 * of any partition that is a Xiaomi device's whose chip may be the dump's
 * (a custom ROM that names its phone a Pixel everywhere keeps "fleur"
 * somewhere)? */
static int xiaomi_trace(mv_db *db, const mv_props *p, const dump_chip *chip)
{
	static const char *const devices[] = {"ro.product.device", "ro.product.vendor.device", "ro.product.odm.device",
					      "ro.product.system.device", "ro.product.product.device", "ro.build.product",
					      "ro.product.board", "ro.product.vendor.name", "ro.product.odm.name", NULL};
	int i;

	if (xiaomi_partition(p) || mv_props_get(p, "ro.boot.hwc") || mv_props_get(p, "ro.product.mod_device"))
		return 1;
	for (i = 0; devices[i]; i++) {
		const char *v = mv_props_get(p, devices[i]);
		char phone[64], other[64];
		/* not a name a Xiaomi phone of another chip shares ("flame", a
		 * Pixel 4's and a Redmi 14C 5G's) */
		if (v && *v && mv_db_codename_known(db, v) &&
		    !chip_rules_out(db, chip, v, 1, NULL, phone, sizeof phone, other, sizeof other))
			return 1;
	}
	return 0;
}

/* The region a mod_device suffix names ("_eea_global" -> eea), or "". */
static void moddev_region(mv_db *db, const char *mod, const char *device, char *out, size_t size)
{
	const mv_rule *rule;
	const char *suffix;
	mv_moddev m;

	out[0] = '\0';
	if (mv_db_moddev_get(db, mod, &m) && m.region[0]) {
		mv_strlcpy(out, m.region, size);
		return;
	}
	if (strstr(mod, "_xiaomieu_global") || strstr(mod, "_mam_global")) {
		mv_strlcpy(out, "custom", size);
		return;
	}
	suffix = device && *device && !strncmp(mod, device, strlen(device)) ? mod + strlen(device) : strchr(mod, '_');
	if (!suffix || !*suffix) {
		mv_strlcpy(out, "china", size);
		return;
	}
	if ((rule = mv_db_rule(db, "mod_device_suffix", suffix, 0))) {
		mv_strncpy0(out, size, rule->value, strcspn(rule->value, " "));
		return;
	}
	/* a suffix the tables lack ("_eea_vf_global", "_pre_lm_cr_global"):
	 * its region word, else Global for a bare "_global" family */
	if (mv_endswith(suffix, "_global")) {
		const char *w = suffix, *end = suffix + strlen(suffix) - strlen("_global");
		mv_strlcpy(out, "global", size);
		while (w < end) {
			char word[16];
			size_t k;
			while (w < end && *w == '_')
				w++;
			k = strcspn(w, "_");
			if (k > (size_t)(end - w))
				k = (size_t)(end - w);
			mv_strncpy0(word, sizeof word, w, k);
			if (k && (rule = mv_db_rule(db, "mod_device_region", word, 0))) {
				mv_strlcpy(out, rule->value, size);
				break;
			}
			w += k;
		}
	}
}

/* The region a hardware code names: "CN", "CN_xxx", "Global_B", "INDIA". */
static const mv_rule *hwc_rule(mv_db *db, const char *hwc)
{
	const mv_rule *rule = mv_db_rule(db, "ro.boot.hwc", hwc, 0);

	if (!rule && !strncasecmp(hwc, "CN_", 3))
		rule = mv_db_rule(db, "ro.boot.hwc", "CN_*", 0);
	if (!rule && !strncasecmp(hwc, "GLOBAL", 6))
		rule = mv_db_rule(db, "ro.boot.hwc", "GLOBAL", 0);
	if (!rule && !strncasecmp(hwc, "INDIA", 5))
		rule = mv_db_rule(db, "ro.boot.hwc", "INDIA", 0);
	return rule && strcmp(rule->value, "unknown") ? rule : NULL;
}

/*
 * persist.radio.skhwc_matchres: the modem's check of its SKU against the
 * hardware code, "MATCH" or "SKU:CN HWC:Global".  A mismatch means the
 * hardware code was altered: the SKU, burnt in with the modem's
 * calibration, names the hardware.
 */
static void modem_sku(mv_db *db, mv_report *r, const char *v, char *hwreg, size_t size)
{
	const char *sku = strstr(v, "SKU:"), *hw = strstr(v, "HWC:");
	char a[24] = "", b[24] = "";
	const mv_rule *ra, *rb;

	if (!strcasecmp(v, "MATCH")) {
		evidence(r, "persist.radio.skhwc_matchres=MATCH: the modem's SKU agrees with the hardware code");
		return;
	}
	if (!sku || !hw) {
		evidence(r, "persist.radio.skhwc_matchres=%s: not a form the data knows", v);
		return;
	}
	mv_strncpy0(a, sizeof a, sku + 4, strcspn(sku + 4, " ,;"));
	mv_strncpy0(b, sizeof b, hw + 4, strcspn(hw + 4, " ,;"));
	ra = hwc_rule(db, a);
	rb = hwc_rule(db, b);
	if (!ra) {
		evidence(r, "persist.radio.skhwc_matchres=%s: SKU '%s' is not a region the data knows", v, a);
		return;
	}
	if (rb && !strcmp(ra->value, rb->value)) {
		evidence(r, "persist.radio.skhwc_matchres=%s: the modem's SKU agrees with the hardware code", v);
		return;
	}
	evidence(r, "persist.radio.skhwc_matchres=%s: the modem's SKU is %s hardware while the hardware code says '%s': the hardware code was altered; the SKU decides",
		 v, mv_region_name(ra->value), b);
	mv_strlcpy(hwreg, ra->value, size);
	SET(hardware_region, ra->value);
	r->hwc_altered = 1;
}

static mv_report *identify_dump(mv_db *db, const char *s, size_t n)
{
	mv_report *r = new_report(s, n < 60 ? n : 60);
	mv_props *p = NULL;
	char err[256], fwreg[24] = "", hwreg[24] = "";
	const char *model, *device, *mod, *ver, *fp, *hwc, *bregion, *v;
	mv_status st;
	mv_version ver_d;
	int have_ver = 0, ported = 0, model_is_default = 0, other_maker = 0; /* 1 Black Shark, 2 another's */
	char maker[32] = "", found_miui[96], chip_phone[64], chip_sheet[64], chip_said[48];
	dump_chip chip;
	int has_chip;
	char fp_version[64], fp_device[64];
	size_t i;

	if (!r)
		return NULL;
	r->kind = MV_KIND_PROPS;
	mv_strlcpy(r->input, "property dump", sizeof r->input);
	if ((st = mv_props_parse(s, n, &p, err, sizeof err)) != MV_OK)
		return fail(r, st, err);
	/* the first model property that is a model number ("mivendor" and
	 * "qssi system image" name system images, not phones), one of the
	 * numbered forms before a name ("Xiaomi for arm64", a vendor image's,
	 * beside the odm partition's 2410DPN6CC) */
	model = NULL;
	for (i = 0; i < 2 * (int)(MV_ARRAY_LEN(K_MODEL) - 1) && !model; i++) {
		mv_model mm;
		int k = i % (int)(MV_ARRAY_LEN(K_MODEL) - 1), names = i >= (int)(MV_ARRAY_LEN(K_MODEL) - 1);
		const char *m = mv_props_get(p, K_MODEL[k]);
		if (m && *m && mv_model_parse(m, strlen(m), &mm, NULL, 0) == MV_OK && !mm.other_brand[0] &&
		    (names || strcmp(mm.form, "name"))) {
			model = m;
			/* a partition's build.prop holds the firmware's default
			 * model, shared by the SKUs it serves (India firmware
			 * with M2003J15SC): only the running phone's says which */
			model_is_default = k > 0 && !mv_props_from_getprop(p, K_MODEL[k]);
		}
	}
	if (!model)
		model = prop_any(p, K_MODEL);
	device = NULL;
	for (i = 0; K_DEVICE[i]; i++) {
		/* generic system-image names say nothing of the device */
		static const char *const generic[] = {"missi", "qssi", "mssi", "mivendor", "generic", NULL};
		const char *d = mv_props_get(p, K_DEVICE[i]);
		const char *const *g;
		if (!d || !*d)
			continue;
		for (g = generic; *g && strncmp(d, *g, strlen(*g)); g++)
			;
		if (*g)
			continue;
		if (!device)
			device = d;
		/* a device the data knows, before one it does not: a custom
		 * ROM's "redfin" (a Pixel 5's name, for Play Integrity) over
		 * the vendor partition's own "apollo" */
		if (mv_db_codename_known(db, d)) {
			device = d;
			break;
		}
	}
	mod = mv_props_get(p, "ro.product.mod_device");
	ver = prop_any(p, K_VERSION);
	fp = prop_any(p, K_FINGERPRINT);
	hwc = mv_props_get(p, "ro.boot.hwc");
	bregion = mv_props_get(p, "ro.miui.build.region");
	if (!model && !device && !ver && !fp && !(mod && *mod) && !(bregion && *bregion) && !(hwc && *hwc)) {
		mv_props_free(p);
		return fail(r, MV_ERR_PARSE,
			    "property dump has no device, build or region property (ro.product.model, ro.product.device, ro.build.fingerprint, ro.product.mod_device, ro.boot.hwc)");
	}
	evidence(r, "property dump: %zu propert%s", mv_props_count(p), mv_props_count(p) == 1 ? "y" : "ies");
	has_chip = read_dump_chip(db, p, &chip);
	/* the chip as the answer names it: its maker and its part or
	 * platform ("MediaTek mt6580", "Qualcomm SM8150") */
	mv_cat(chip_said, sizeof chip_said, chip.maker, chip.part[0] || chip.platform[0] ? " " : "",
	       chip.part[0] ? chip.part : chip.platform, NULL);
	{
		char key[96];
		size_t k = mv_props_redefined(p, key, sizeof key);
		if (k)
			evidence(r, "%zu %s set twice to different values (first '%s'), as %s: the last value of each is used; the keys that say what the phone is agree",
				 k, k == 1 ? "key is" : "keys are", key,
				 mv_props_from_getprop(p, key) ? "when two getprop runs are pasted together"
							       : "the build.prop files of several partitions set them");
	}
	/* an excerpt with no version key may still carry the build in its
	 * fingerprint ("Redmi/socrates/socrates:13/.../V14.0.23.0.TMKCNXM:user/...") */
	if ((!ver || !device) && fp && *fp) {
		fingerprint f;
		if (parse_fingerprint(fp, &f) && f.incremental[0] && !ver) {
			mv_strlcpy(fp_version, f.incremental, sizeof fp_version);
			ver = fp_version;
		}
		if (!device && f.device[0]) {
			mv_strlcpy(fp_device, f.device, sizeof fp_device);
			device = fp_device;
		}
	}

	/* ---- MIUI on another maker's phone: a port, not a Xiaomi variant */
	if ((v = maker_of(p)) && *v && !strcasecmp(v, "blackshark")) {
		/* Black Shark ships its own MIUI-based firmware (JOYUI): its
		 * phones are neither Xiaomi variants nor ports */
		SET(brand, "Black Shark");
		evidence(r, "ro.product.brand=%s: a Black Shark phone on its maker's own MIUI-based firmware; mivet's rules are for Xiaomi, Redmi and POCO phones",
			 v);
		other_maker = 1;
	} else if ((v = maker_of(p)) && *v && !is_xiaomi_brand(v) &&
		   /* MediaTek's reference code's brand in a Xiaomi's own vendor
		    * partition ("ro.product.vendor.brand=alps" beside
		    * "ro.product.vendor.manufacturer=Xiaomi": the Redmi Note 14
		    * Pro 5G's HyperOS 3) is no maker */
		   !alps_vendor_of_xiaomi(db, p, v)) {
		const char *miui = prop_any(p, K_MIUI);
		if (miui || (ver && (mv_memcasestr(ver, strlen(ver), "miui") >= 0 || !strncmp(ver, "V1", 2)))) {
			SET(firmware_region, "custom");
			SET(brand, v);
			evidence(r, "ro.product.brand/manufacturer is '%s' with MIUI's own properties (%s): MIUI ported to a %s phone, not a Xiaomi phone",
				 v, miui ? prop_key_of(p, K_MIUI) : "a MIUI version", v);
			ported = 1;
		} else if (device && *device &&
			   (!mv_db_codename_known(db, device) ||
			    (has_chip && chip_rules_out(db, &chip, device, 1, NULL, chip_phone, sizeof chip_phone, chip_sheet,
							sizeof chip_sheet))) &&
			   !xiaomi_trace(db, p, &chip) &&
			   !mv_props_key_with_prefix(p, "ro.miui.", found_miui, sizeof found_miui)) {
			/* another maker's phone on its own or a custom firmware (a
			 * Pixel 4 XL, "coral", on LineageOS): no Xiaomi device a
			 * custom ROM could claim to be, or one of another chip
			 * (the Pixel 4's "flame" is also a Redmi's) */
			if (!mv_db_codename_known(db, device))
				evidence(r, "ro.product.brand/manufacturer is '%s' and '%s' is no Xiaomi device the data knows: another maker's phone",
					 v, device);
			else
				evidence(r, "ro.product.brand/manufacturer is '%s'; '%s' is also the name of a Xiaomi device, the %s, whose chip is a %s, not this phone's %s (%s): another maker's phone",
					 v, device, chip_phone, chip_sheet, chip.value, chip.key);
			mv_strlcpy(maker, mv_props_get(p, "ro.product.manufacturer") ? mv_props_get(p, "ro.product.manufacturer") : v,
				   sizeof maker);
			maker[0] = (char)mv_toupper((unsigned char)maker[0]); /* "sony", "motorola" */
			other_maker = 2;
		}
	}

	/* ---- custom ROMs: their own properties */
	for (i = 0; i < MV_ARRAY_LEN(custom_keys); i++) {
		const char *key = custom_keys[i].key;
		char found[128];
		if (mv_endswith(key, ".") ? mv_props_key_with_prefix(p, key, found, sizeof found)
					  : ((v = mv_props_get(p, key)) && *v && mv_strlcpy(found, key, sizeof found))) {
			SET(firmware_region, "custom");
			evidence(r, "property '%s' is %s's: a custom ROM, not Xiaomi's firmware", found, custom_keys[i].rom);
			break;
		}
	}

	/* ---- a product built from AOSP or LineageOS by its own name
	 * ("aosp_grus", "lineage_sweet"): Xiaomi's products never are */
	if (strcmp(r->firmware_region, "custom")) {
		static const char *const names[] = {"ro.product.name", "ro.product.system.name", "ro.product.odm.name",
						    "ro.product.vendor.name", "ro.product.product.name", NULL};
		for (i = 0; names[i]; i++)
			if ((v = mv_props_get(p, names[i])) &&
			    (!strncmp(v, "aosp_", 5) || !strncmp(v, "lineage_", 8))) {
				SET(firmware_region, "custom");
				evidence(r, "%s=%s: a product built from %s, a custom ROM, not Xiaomi's firmware", names[i],
					 v, v[0] == 'a' ? "AOSP" : "LineageOS");
				break;
			}
	}
	/* ---- a ROM's own name before the phone's ("p404_vayu",
	 * "xtended_sweet", the build flavor "hentai_alioth-user") in a build
	 * with no MIUI or HyperOS property and no version of Xiaomi's form
	 * (Xiaomi's own builds have such names too: "miproduct_popsicle",
	 * "vnd_gold"); and an AOSP build's default number ("eng.nobody.
	 * 20221121.152935"), which Xiaomi's builds replace by their version */
	/* (a build's own number given, of no partition in Xiaomi's form: an
	 * excerpt of a stock phone may lack the MIUI keys and the number both;
	 * a custom ROM copies Xiaomi's fingerprints, not its numbers) */
	if (strcmp(r->firmware_region, "custom") && device && !prop_any(p, K_MIUI) && prop_any(p, K_VERSION) &&
	    !xiaomi_build_in(p, 0)) {
		static const char *const names[] = {"ro.product.name", "ro.product.odm.name", "ro.product.vendor.name",
						    "ro.product.product.name", "ro.build.flavor", NULL};
		size_t dl = strlen(device);
		for (i = 0; names[i]; i++) {
			const char *u;
			if (!(v = mv_props_get(p, names[i])) || !(u = strchr(v, '_')) || u == v ||
			    strncmp(u + 1, device, dl) || (u[1 + dl] && u[1 + dl] != '-'))
				continue;
			SET(firmware_region, "custom");
			evidence(r, "%s=%s: a ROM's own name before the phone's '%s', with no MIUI or HyperOS property: a custom ROM's build",
				 names[i], v, device);
			break;
		}
		if (strcmp(r->firmware_region, "custom") && (v = prop_any(p, K_VERSION)) && !strncmp(v, "eng.", 4)) {
			SET(firmware_region, "custom");
			evidence(r, "%s=%s: an AOSP build's default number, a custom ROM's; Xiaomi's builds carry their version",
				 prop_key_of(p, K_VERSION), v);
		}
	}

	/* ---- a build host of the xiaomi.eu community ROM */
	if (strcmp(r->firmware_region, "custom") && (((v = mv_props_get(p, "ro.build.host")) && strstr(v, "xiaomi.eu")) ||
						       ((v = mv_props_get(p, "ro.build.user")) && strstr(v, "xiaomi.eu")))) {
		SET(firmware_region, "custom");
		evidence(r, "the build was made on '%s': the xiaomi.eu community ROM, not Xiaomi's own build", v);
	}

	/* ---- the firmware: version, mod_device, build region */
	if (ver && mv_version_parse(ver, strlen(ver), &ver_d, NULL, 0) == MV_OK && mv_version_check_code(db, &ver_d) &&
	    xiaomi_form(&ver_d)) {
		have_ver = 1;
		if (!strcmp(ver_d.os, "HyperOS") && ver_d.major == 1 && !strncmp(ver, "V816", 4)) {
			/* ro.build.version.incremental of HyperOS 1: V816.0.x -> OS1.0.x */
			char alt[64];
			snprintf(alt, sizeof alt, "OS1%s", strchr(ver, '.'));
			mv_version_parse(alt, strlen(alt), &ver_d, NULL, 0);
		}
		evidence(r, "build version %s (%s)", ver_d.text,
			 ver == fp_version ? "the build fingerprint: no version key in the dump" : prop_key_of(p, K_VERSION));
	}
	if (mod && *mod) {
		mv_moddev md;
		SET(mod_device, mod);
		if (mv_db_moddev_get(db, mod, &md)) {
			filed_codename(db, md.mod_device, md.codename, sizeof md.codename);
			SET(codename, md.codename);
		} else {
			/* a mod_device the tables lack names its device by its
			 * first word ("rosemary", "garnet_lm_cr_global") */
			char base[48];
			mv_strncpy0(base, sizeof base, mod, strcspn(mod, "_"));
			if (mv_db_codename_known(db, base))
				SET(codename, base);
		}
		moddev_region(db, mod, device, fwreg, sizeof fwreg);
		evidence(r, "ro.product.mod_device=%s: %s firmware", mod, mv_region_name(fwreg));
		if (!strcmp(fwreg, "custom")) {
			SET(firmware_region, "custom");
			evidence(r, "'%s' is the xiaomi.eu community ROM's own name: not an official build", mod);
		}
	}
	if (have_ver) {
		char keep[24];
		mv_strlcpy(keep, r->firmware_region, sizeof keep);
		firmware_from_version(db, r, &ver_d);
		if (!strcmp(keep, "custom")) {
			SET(firmware_region, "custom");
			r->official = MV_NO;
		}
	}
	if (fwreg[0] && !is_unknown(fwreg) && strcmp(fwreg, "custom") && !is_unknown(r->firmware_region) &&
	    strcmp(r->firmware_region, "custom") && strcmp(fwreg, r->firmware_region)) {
		evidence(r, "mod_device says %s firmware but the version letters say %s: the build was altered",
			 mv_region_name(fwreg), mv_region_name(r->firmware_region));
		modified(r);
		r->official = MV_NO;
	} else if (fwreg[0] && !is_unknown(fwreg) && is_unknown(r->firmware_region))
		SET(firmware_region, fwreg);
	if (bregion && *bregion) {
		const mv_rule *rule = mv_db_rule(db, "ro.miui.build.region", bregion, 0);
		char b[24];
		mv_lower(b, sizeof b, bregion);
		if (rule && strcmp(r->firmware_region, "custom") && !is_unknown(r->firmware_region) &&
		    strcmp(rule->value, r->firmware_region) &&
		    !(!strcmp(rule->value, "global") && strcmp(r->firmware_region, "china"))) {
			evidence(r, "ro.miui.build.region=%s but the build is %s firmware: the build was altered", bregion,
				 mv_region_name(r->firmware_region));
			modified(r);
			r->official = MV_NO;
		} else if (rule && is_unknown(r->firmware_region) && !other_maker) {
			/* no version letters nor a known mod_device: the ROM's own
			 * word ("plato_pre_gpp_global", which the tables file
			 * under no region) */
			SET(firmware_region, rule->value);
			evidence(r, "ro.miui.build.region=%s: %s firmware, by the build's own word", bregion,
				 mv_region_name(rule->value));
		} else if (rule)
			evidence(r, "ro.miui.build.region=%s", bregion);
	}

	/* ---- the hardware: ro.boot.hwc, then the model number */
	if (hwc && *hwc) {
		const mv_rule *rule = hwc_rule(db, hwc);
		if (rule) {
			mv_strlcpy(hwreg, rule->value, sizeof hwreg);
			SET(hardware_region, hwreg);
			evidence(r, "ro.boot.hwc=%s: %s hardware (set by the bootloader, not by the ROM)", hwc, mv_region_name(hwreg));
		} else
			evidence(r, "ro.boot.hwc=%s says nothing about the region", hwc);
	} else if ((v = mv_props_get(p, "ro.boot.hwcountry")) && *v) {
		char l[24];
		mv_lower(l, sizeof l, v);
		if (!strcmp(l, "cn") || !strcmp(l, "china"))
			mv_strlcpy(hwreg, "china", sizeof hwreg);
		else if (!strcmp(l, "global") || !strcmp(l, "india"))
			mv_strlcpy(hwreg, l, sizeof hwreg);
		if (hwreg[0]) {
			SET(hardware_region, hwreg);
			evidence(r, "ro.boot.hwcountry=%s: %s hardware", v, mv_region_name(hwreg));
		}
	}
	if ((v = mv_props_get(p, "persist.radio.skhwc_matchres")) && *v)
		modem_sku(db, r, v, hwreg, sizeof hwreg);
	if (model && *model && model_is_default) {
		SET(model, model);
		evidence(r, "model %s is a partition's default in a build.prop (the firmware's, shared by its SKUs): it does not show this phone's hardware",
			 model);
	} else if (model && *model) {
		mv_model m;
		char keep_hw[24], keep_cn[64];
		mv_strlcpy(keep_hw, r->hardware_region, sizeof keep_hw);
		mv_strlcpy(keep_cn, r->codename, sizeof keep_cn);
		if (mv_model_parse(model, strlen(model), &m, NULL, 0) == MV_OK && !m.other_brand[0] &&
		    strcmp(m.form, "name")) {
			SET(hardware_region, "unknown");
			hardware_from_model(db, r, &m, NULL, 0, NULL, 0);
			if (hwreg[0] && !is_unknown(r->hardware_region) && strcmp(hwreg, r->hardware_region))
				evidence(r, "the model property (written by the firmware, not the hardware) says %s; the bootloader reports %s hardware",
					 mv_region_name(r->hardware_region), mv_region_name(hwreg));
			if (hwreg[0])
				SET(hardware_region, hwreg);
			if (keep_cn[0])
				SET(codename, keep_cn);
		} else {
			SET(model, model);
			SET(hardware_region, keep_hw);
		}
	}
	/* the device property names the board, sometimes by a name of its own
	 * (sunny for mojito); the firmware's names win, the board's fill in */
	if (device && (!r->codename[0] || (strlen(device) < strlen(r->codename) &&
					     !strncmp(device, r->codename, strlen(device)) &&
					     mv_db_codename_known(db, device))))
		SET(codename, device); /* also "light" for the carrier variant "lightcm" */
	else if (device && strchr(r->codename, '|')) {
		char bar[70];
		snprintf(bar, sizeof bar, "|%s|", r->codename);
		if (strstr(bar, device))
			SET(codename, device);
	} else if (device && strcmp(device, r->codename) && r->modified == MV_YES && mv_db_codename_known(db, device)) {
		/* a modified build's names are the phone's it was taken from
		 * (a MIUI port on a Redmi 5, rosy, with lavender_global): the
		 * board's own name is the phone's */
		evidence(r, "the board calls itself '%s', a phone the data knows; the altered firmware's names are %s's", device,
			 r->codename);
		SET(codename, device);
	} else if (device && strcmp(device, r->codename) && strcmp(r->firmware_region, "custom"))
		evidence(r, "the board calls itself '%s'; the firmware is %s's", device, r->codename);
	else if (device && strcmp(device, r->codename) && mv_db_codename_known(db, device)) {
		/* a custom ROM's mod_device is any phone's it copied
		 * (picasso_global on the K30i 5G's picasso_48m): the board's
		 * own name is the phone's */
		evidence(r, "the board calls itself '%s', a phone the data knows; a custom ROM's other names are copied", device);
		SET(codename, device);
	}

	/* ---- the chip against the phone the properties name: a counterfeit
	 * names a Xiaomi phone on a chip that phone never had */
	if (has_chip && !other_maker && !ported && r->codename[0] &&
	    chip_rules_out(db, &chip, r->codename, 0, r->model, chip_phone, sizeof chip_phone, chip_sheet,
			   sizeof chip_sheet)) {
		evidence(r, "%s=%s: the chip is a %s one, while the %s has a %s: not the phone its properties name (a counterfeit, or another phone under its name)",
			 chip.key, chip.value, chip_said, chip_phone, chip_sheet);
		r->chip_other = 1;
		SET(hardware_region, "unknown");
	}

	/* ---- build signature and fingerprint: the whole build's, or in an
	 * excerpt without them a partition's (an official build's partitions
	 * are all "user" and "release-keys") */
	if ((v = prop_any(p, K_TAGS)) && strstr(v, "test-keys")) {
		evidence(r, "%s=%s: signed with public test keys, never an official build", prop_key_of(p, K_TAGS), v);
		if (strcmp(r->firmware_region, "custom"))
			modified(r);
		r->official = MV_NO;
	}
	if ((v = prop_any(p, K_TYPE)) && (!strcmp(v, "userdebug") || !strcmp(v, "eng"))) {
		evidence(r, "%s=%s: a debug build, not a retail one", prop_key_of(p, K_TYPE), v);
		r->official = MV_NO;
		if (strcmp(r->firmware_region, "custom"))
			modified(r);
	}
	if (fp && *fp) {
		fingerprint f;
		if (parse_fingerprint(fp, &f)) {
			if (have_ver && ver_d.code[0] && f.incremental[0] && strcmp(f.incremental, ver) &&
			    mv_version_parse(f.incremental, strlen(f.incremental), &ver_d, NULL, 0) == MV_OK &&
			    ver_d.code[0] && strcmp(ver_d.region_code, r->version[0] ? r->version + strlen(r->version) - 4 : "") &&
			    strncmp(ver_d.code + 3, r->version + strlen(r->version) - 4, 2)) {
				evidence(r, "the fingerprint names build %s, another region than the version: the build was altered",
					 f.incremental);
				modified(r);
				r->official = MV_NO;
			}
			if (f.device[0] && device && strcmp(f.device, device) && strcmp(r->firmware_region, "custom") &&
			    strcasecmp(f.brand, "google") != 0)
				evidence(r, "the fingerprint names device '%s', the properties '%s'", f.device, device);
			/* a Pixel's fingerprint: with no MIUI or HyperOS property
			 * nor an official version, a custom ROM's (a module on
			 * Xiaomi's own firmware leaves those) */
			if (!strcasecmp(f.brand, "google") && r->codename[0] && other_maker != 2) {
				if (!have_ver && !prop_any(p, K_MIUI) && !xiaomi_build_in(p, 1)) {
					evidence(r, "the fingerprint is a Google Pixel's on a Xiaomi device, with no MIUI or HyperOS property: a custom ROM spoofing it for Play Integrity");
					SET(firmware_region, "custom");
				} else
					evidence(r, "the fingerprint is a Google Pixel's on a Xiaomi device: spoofed for Play Integrity (a custom ROM or a module)");
			}
		}
	}
	if (!r->android[0] && (v = mv_props_get(p, "ro.build.version.release")))
		SET(android, v);

	/* ---- Google */
	{
		mv_tri gms = mv_props_has_package(p, "com.google.android.gms");
		const char *gv = mv_props_get(p, "ro.com.google.gmsversion");
		char key[64];
		if (gms == MV_YES || (gv && *gv)) {
			r->google_services = MV_YES;
			evidence(r, "Google services present (%s)", gms == MV_YES ? "com.google.android.gms installed" : "ro.com.google.gmsversion set");
		} else if (gms == MV_NO) {
			r->google_services = MV_NO;
			evidence(r, "Google services absent: com.google.android.gms is not installed");
		} else if (mv_props_count(p) < 100) {
			/* an excerpt: a key it lacks says nothing */
			r->google_services = MV_UNKNOWN;
			evidence(r, "an excerpt of %zu properties: whether Google services are there is unknown (a full getprop or a package list would tell)",
				 mv_props_count(p));
		} else if (!mv_props_from_getprop(p, "ro.build.fingerprint") && !mv_props_from_getprop(p, "ro.product.model") &&
			   !mv_props_key_with_prefix(p, "ro.product.product.", key, sizeof key) &&
			   !mv_props_key_with_prefix(p, "ro.product.build.", key, sizeof key) && mv_props_get(p, "ro.product.odm.name")) {
			/* build.prop files of a phone whose partitions split them
			 * (an odm), without the product partition's, where the key
			 * stands: a key it lacks says nothing */
			r->google_services = MV_UNKNOWN;
			evidence(r, "no ro.com.google.gmsversion, but the dump holds no product partition's build.prop, where it is set: whether Google services are there is unknown (a full getprop or a package list would tell)");
		} else {
			r->google_services = MV_NO;
			evidence(r, "no ro.com.google.gmsversion: the ROM was not built with Google services (a package list would confirm)");
		}
	}

	if (!strcmp(r->firmware_region, "custom"))
		r->official = MV_NO;
	if (ported) {
		/* not Xiaomi's hardware at all: the version's device letters name
		 * the phone the port was taken from, not this one */
		SET(hardware_region, "unknown");
		if (r->codename[0] && device && strcmp(device, r->codename))
			evidence(r, "the ported build was made for %s; this phone calls itself '%s'", r->codename, device);
		SET(codename, device ? device : "");
	}
	if (other_maker == 2 && r->codename[0] && device && !strcmp(r->codename, device) && mv_db_codename_known(db, device))
		SET(codename, ""); /* a name it shares with a Xiaomi phone of another chip */
	device_facts(db, r);
	/* a partition's default model number of China's phone under another
	 * market's firmware names no phone: the name sold in the firmware's
	 * market leads (breeze_in_global's odm default is China's Redmi Note
	 * 13R: India's are the Redmi 13 5G, POCO M6 Plus; an SKU's own model,
	 * karna's POCO X3 of India under global firmware, stays) */
	if (model_is_default && r->n_names && !name_sold_in(r, 0, r->firmware_region) && china_model(r->model) &&
	    strcmp(r->firmware_region, "china")) {
		/* (of the market's names, one of the dump's own brand) */
		static const char *const brands[] = {"ro.product.brand", "ro.product.product.brand", "ro.product.odm.brand",
						     "ro.product.vendor.brand", "ro.product.system.brand", NULL};
		prefer_market_name(r, prop_any(p, brands));
	}
	/* the name the dump itself gives, where it is one of the phone's and
	 * sold where the firmware is ("POCO F3 GT" of ares under a custom ROM,
	 * not the Redmi K40 Gaming; a marketname's "Redmi Note 11S" of fleur) */
	{
		static const char *const said[] = {"ro.product.marketname", "ro.product.odm.marketname",
						   "ro.product.vendor.marketname", "ro.product.model", "ro.product.odm.model",
						   "ro.product.vendor.model", "ro.product.product.model", NULL};
		const char *w;
		for (i = 0; said[i]; i++)
			if ((w = mv_props_get(p, said[i])) && *w) {
				int k;
				for (k = 0; k < r->n_names && !same_name_but_network(w, r->names[k]) &&
					    !same_name_but_network(w + (strncasecmp(w, "Xiaomi ", 7) ? 0 : 7), r->names[k]);
				     k++)
					;
				/* (a name the firmware's market does not sell is a
				 * partition's default: "Redmi K30S Ultra" under EEA
				 * firmware is the Mi 10T) */
				if (k < r->n_names && (is_unknown(r->firmware_region) || !strcmp(r->firmware_region, "custom") ||
						       name_sold_in(r, k, r->firmware_region))) {
					name_first(r, k);
					brand_of_first_name(r);
					break;
				}
			}
	}
	verdict(db, r);
	if (r->chip_other) {
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_chip_other", "chip", chip_said, "phone", chip_phone, "sheet", chip_sheet,
		    NULL);
	}
	if (r->hwc_altered) {
		/* a second sentence, said by its own message */
		size_t k = strlen(r->summary);
		char more[160];
		if (mv_words_of("en", "id_hwc_altered", NULL, more, sizeof more) && k + 1 + strlen(more) < sizeof r->summary)
			snprintf(r->summary + k, sizeof r->summary - k, " %s", more);
	}
	if (ported) {
		const char *b = maker_of(p);
		say(r, "id_ported", "brand", b ? b : "non-Xiaomi", "codename", r->codename[0] ? r->codename : "unknown model",
		    NULL);
	}
	if (other_maker == 1) {
		r->verdict = MV_VERDICT_UNKNOWN;
		say(r, "id_black_shark", NULL);
		SET(brand, "Black Shark");
	} else if (other_maker) {
		r->verdict = MV_VERDICT_UNKNOWN;
		SET(brand, maker);
		say(r, "id_other_maker", "brand", maker, "codename", r->codename[0] ? r->codename : device, NULL);
	}
	if (is_unknown(r->hardware_region)) {
		SET(cannot_key, "ct_dump");
		evidence(r, model && *model && model_is_default
				    ? "cannot tell the hardware region: the dump has no ro.boot.hwc, and its model number is the firmware's build.prop's, which any board flashed with it shows (a full getprop, or *#06# and the box, would tell)"
				    : "cannot tell the hardware region: the dump has no ro.boot.hwc and no regional model number");
	}
	mv_props_free(p);
	tidy(r);
	return r;
}

/*
 * A text saved by Windows tools (UTF-16 with a byte-order mark, or UTF-8
 * behind one) is read as the UTF-8 it holds, and the evidence says so.
 */
static mv_report *decoded(mv_db *db, const char *s, size_t n, mv_report *(*fn)(mv_db *, const char *, size_t))
{
	char err[256], *text;
	const char *how;
	size_t tn;
	mv_report *r;
	mv_status st = mv_text_decode(s, n, &text, &tn, &how, err, sizeof err);

	if (st != MV_OK) {
		if (!(r = new_report(s, n < 60 ? n : 60)))
			return NULL;
		return fail(r, st, err);
	}
	if (!text)
		return fn(db, s, n);
	r = fn(db, text, tn);
	free(text);
	if (r && !r->error[0])
		evidence(r, "read as %s (as Windows tools save text)", how);
	return r;
}

mv_report *mv_identify(mv_db *db, const char *s, size_t n)
{
	return decoded(db, s, n, identify_input);
}

mv_report *mv_identify_props(mv_db *db, const char *s, size_t n)
{
	return decoded(db, s, n, identify_dump);
}
