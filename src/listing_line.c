/* listing_line.c - what each line of a catalogue adds to its text's facts:
 * the seller's reputation, the price against the official one (or, with no
 * phone named, against the cheapest phone with the memory it states), the
 * carriers' fit in the buyer's country and the landed cost. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "listing_stages.h"

/* Seller thresholds (documented in mivet(1)). */
#define RATING_WARN 4.7     /* AliExpress-style 0-5 score below this: warning */
#define RATING_HIGH 4.0     /* below this: high */
#define FEEDBACK_WARN 100   /* fewer ratings than this: warning */
#define STORE_AGE_WARN 365  /* a store younger than a year: warning */
#define PRICE_LOW 0.5       /* below half the official price: counterfeit risk */
#define MV_STR2(x) #x
#define MV_STR(x) MV_STR2(x)

/* The flags of a carriers' fit summary ("partial", "poor" ...). */
static void rating_flags(mv_listing_report *r, const char *rating, const char *country)
{
	if (!strcmp(rating, "poor") || !strcmp(rating, "none"))
		mv_listing_flag(r, "bands_poor", MV_SEV_WARNING, *rating == 'p' ? "d_bands_poor" : "d_bands_none", "country",
				country, NULL);
	else if (!strcmp(rating, "partial"))
		mv_listing_flag(r, "bands_partial", MV_SEV_WARNING, "d_bands_partial", "country", country, NULL);
}

/* The official price of the device in the listing's currency, from the
 * launch prices in data/msrp.tsv, and its launch date into "date"; 0 when
 * unknown. */
static double official_price(mv_db *db, const mv_listing_report *r, char *what, size_t size, char *date,
			     size_t dsize)
{
	int i;

	for (i = 0; i < r->n_names; i++) {
		double p = mv_db_msrp(db, r->names[i], r->currency, what, size, date, dsize);
		if (p > 0)
			return p;
	}
	return 0;
}

/* The money "table" ({country, money} pairs, ending {NULL, NULL}) gives
 * the buyer's country, USD left out (a US buyer's "$" is read so
 * already), or NULL. */
static const char *own_money(mv_db *db, const char *country, const char *const (*table)[2])
{
	mv_cost_rule scratch;
	const mv_cost_rule *cr = mv_db_cost_rule(db, country, &scratch);
	const char *iso = cr ? cr->country_iso : country;
	size_t i;

	for (i = 0; table[i][0]; i++)
		if (!strcasecmp(iso, table[i][0]) && strcmp(table[i][1], "USD"))
			return table[i][1];
	return NULL;
}

static int months_since(mv_db *db, const char *launch);

/* The share of its sheet's price under which a phone's price is far below
 * a working one's, in percent: a fifth in its first two years (from its
 * first release in the data), a tenth in the next two, a twentieth after
 * or when its age is unknown. */
static int sheet_share(mv_db *db, const mv_listing_report *r)
{
	int months = r->sheet_released[0] ? months_since(db, r->sheet_released) : -1;

	return months < 0 ? 5 : months <= 24 ? 20 : months <= 48 ? 10 : 5;
}

/* Is "price" in "money" a phone's price against its sheet's in euros:
 * from the share under which it is far too low (sheet_share()) to thrice
 * it?  -1 when no rate or sheet tells. */
static int plausible(mv_db *db, const mv_listing_report *r, double price, const char *money)
{
	double rate = mv_db_rate(db, money, "EUR", NULL, 0);

	if (rate <= 0 || r->sheet_price_eur <= 0)
		return -1;
	return price * rate * 100 >= r->sheet_price_eur * sheet_share(db, r) && price * rate <= r->sheet_price_eur * 3;
}

/*
 * A bare "$" where the buyer's own money is written "$" too: that money, as
 * a buyer reads the listings of their country ("$5,499" on Mercado Libre
 * México is pesos: as US dollars a Redmi Note 13 Pro's landed cost had
 * been 7,341 dollars), unless the phone's sheet price shows US dollars
 * are meant (in pesos the price is no phone's, in dollars it is); said
 * either way, with how to give the other.
 */
static void dollar_money(mv_db *db, const char *country, mv_listing_report *r)
{
	const char *local = own_money(db, country, mv_dollar_moneys);

	if (!local)
		return;
	if (plausible(db, r, r->price, "USD") == 1 && plausible(db, r, r->price, local) == 0) {
		mv_listing_flag(r, "currency_assumed", MV_SEV_INFO, "d_currency_assumed", "money", local, NULL);
		return;
	}
	mv_strlcpy(r->currency, local, sizeof r->currency);
	r->currency_guessed = 0;
	mv_listing_flag(r, "currency_local", MV_SEV_INFO, "d_currency_local", "money", local, NULL);
}

/*
 * A sign the shops of several countries write for their moneys: the
 * buyer's own money of "table" where it is one, said so (flag and message
 * "said[0]", "said[1]"), else the reader's, said to be a reading ("said[2]",
 * "said[3]").  "Rs": India's rupee, or Pakistan's, Sri Lanka's, Nepal's (a
 * listing of Daraz Lanka seen from Germany is no Indian price); "DH",
 * "Dhs": Morocco's dirham, or the UAE's.  1 when the buyer's own money was
 * taken.
 */
static int sign_money(mv_db *db, const char *country, const char *const (*table)[2], const char *const said[4],
		      mv_listing_report *r)
{
	const char *local = own_money(db, country, table);

	if (!local) {
		mv_listing_flag(r, said[2], MV_SEV_INFO, said[3], NULL);
		return 0;
	}
	mv_strlcpy(r->currency, local, sizeof r->currency);
	mv_listing_flag(r, said[0], MV_SEV_INFO, said[1], "money", local, NULL);
	return 1;
}

static const char *const rupees[][2] = {{"IN", "INR"}, {"PK", "PKR"}, {"LK", "LKR"}, {"NP", "NPR"},
					{"MU", "MUR"}, {"SC", "SCR"}, {NULL, NULL}};
static const char *const rupee_said[4] = {"rupee_local", "d_rupee_local", "rupee_assumed", "d_rupee_assumed"};
static const char *const dirhams[][2] = {{"MA", "MAD"}, {"AE", "AED"}, {NULL, NULL}};
static const char *const dirham_said[4] = {"dirham_local", "d_dirham_local", "dirham_assumed", "d_dirham_assumed"};

double mv_launch_price_share(int months)
{
	return months < 0 ? 0 : months <= 12 ? PRICE_LOW : months <= 24 ? PRICE_LOW / 2 : 0;
}

/* Months from "launch" ("2019-09-26", "2020-02", "2018": a year alone its
 * January, the older reading) to today, or to the data's newest release
 * when that is later (a clock set back); -1 when the date is unreadable. */
static int months_since(mv_db *db, const char *launch)
{
	int y = 0, m = 1, ny = 0, nm = 0;
	const char *horizon = mv_db_release_horizon(db);
	time_t now = time(NULL);
	struct tm tm;

	if (sscanf(launch, "%4d-%2d", &y, &m) < 1 || y < 2000 || m < 1 || m > 12)
		return -1;
	if (gmtime_r(&now, &tm)) {
		ny = tm.tm_year + 1900;
		nm = tm.tm_mon + 1;
	}
	if (horizon && horizon[0]) {
		int hy = 0, hm = 0;
		if (sscanf(horizon, "%4d-%2d", &hy, &hm) == 2 && hy * 12 + hm > ny * 12 + nm) {
			ny = hy;
			nm = hm;
		}
	}
	return ny ? (ny * 12 + nm) - (y * 12 + m) : -1;
}

void mv_listing_carriers_fit(mv_db *db, const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *r,
			 mv_buf *segs, char *country_name, size_t size)
{
	mv_bands_query bq = {NULL, NULL, NULL, q->country, q->carrier};
	mv_bands_report *b = NULL;
	cache_slot *bc = NULL;
	char key[96], first[48] = "";
	const char *bar = strchr(r->codename, '|');

	/* a name two codenames of one sheet carry ("moon|tides"): one phone */
	if (bar && (size_t)(bar - r->codename) < sizeof first && !strchr(bar + 1, '|')) {
		mv_strncpy0(first, sizeof first, r->codename, (size_t)(bar - r->codename));
		if (mv_bands_one_sheet(db, first, bar + 1))
			bar = NULL;
		else
			first[0] = '\0';
	}
	if (r->codename[0] && !bar && strcmp(r->hardware_region, "unknown") && r->hardware_region[0]) {
		mv_cat(key, sizeof key, r->codename, "|", r->hardware_region, "|", r->n_names ? r->names[0] : "", NULL);
		bc = cache ? mv_listing_slot(cache->bands, key) : NULL;
		if (bc && bc->used) {
			mv_strlcpy(r->bands_rating, bc->rating, sizeof r->bands_rating);
			mv_strlcpy(country_name, bc->country_name, size);
			return;
		}
		bq.device = first[0] ? first : r->codename;
		bq.variant = r->hardware_region;
		bq.name = r->n_names ? r->names[0] : NULL;
		b = mv_bands_check(db, &bq);
	} else if (segs->len) {
		/* the same stated list again and again in a catalogue: keyed
		 * by its bands */
		int k, o = snprintf(key, sizeof key, "bands:");
		for (k = 0; k < r->bands_stated.n && o < (int)sizeof key - 8; k++)
			o += snprintf(key + o, sizeof key - (size_t)o, "%d.%u,", r->bands_stated.band[k].tech,
				      r->bands_stated.band[k].num);
		bc = cache ? mv_listing_slot(cache->bands, key) : NULL;
		if (bc && bc->used) {
			mv_strlcpy(r->bands_rating, bc->rating, sizeof r->bands_rating);
			mv_strlcpy(country_name, bc->country_name, size);
			return;
		}
		bq.bands = mv_buf_str(segs);
		b = mv_bands_check(db, &bq);
	} else if (!cache && r->codename[0] && bar && !mv_listing_has_flag(r, "other_product"))
		/* a name two phones have ("Redmi Note 11 Pro": the 4G and the
		 * 5G abroad); the words for one listing's answer (a scan's
		 * record has no place for them) */
		snprintf(r->bands_note, sizeof r->bands_note,
			 "not judged: the name fits more than one phone (%s), whose bands differ; its model number would tell",
			 r->codename);
	else if (!cache && r->codename[0] && !mv_listing_has_flag(r, "other_product"))
		/* a phone named, its hardware not known: whose bands, its
		 * model number would tell (said, not left out) */
		snprintf(r->bands_note, sizeof r->bands_note, "not judged: which variant of the %s this is, is not known%s; its model number would tell",
			 r->n_names ? r->names[0] : r->codename,
			 mv_listing_has_flag(r, "no_global_version_yet") ? " (no Global Version of it is known yet)"
			 : r->claimed_variant == MV_CLAIM_UNKNOWN ? " (the listing names no version)" : "");
	if (b && b->status == MV_OK) {
		/* the carriers' fit in one word: the median carrier's (a
		 * niche network, LTE 450 or a private one, must not decide);
		 * the carrier asked for, whatever it is (a brand on another's
		 * network: "楽天", Rakuten Mobile's) */
		int count[MV_FIT_FULL + 1] = {0}, rated = 0, k, seen = 0, median = -1, asked = q->carrier && *q->carrier;
		for (k = 0; k < b->n_carriers; k++)
			if (b->carriers[k].rating != MV_FIT_UNKNOWN && (asked || mv_carrier_counts(b, &b->carriers[k]))) {
				count[b->carriers[k].rating]++;
				rated++;
			}
		for (k = MV_FIT_FULL; k > MV_FIT_UNKNOWN && median < 0; k--) {
			seen += count[k];
			if (2 * seen >= rated && rated)
				median = k;
		}
		if (median > 0) {
			mv_strlcpy(r->bands_rating, mv_fit_name((mv_fit)median), sizeof r->bands_rating);
			mv_strlcpy(country_name, b->country_name, size);
		} else
			snprintf(r->bands_note, sizeof r->bands_note,
				 "no carrier of %s could be rated: the %s variant's 4G bands are %s", b->country_name,
				 b->variant, b->tech_known[MV_TECH_LTE] ? "known, but the carriers list none" : "not in the data");
	}
	if (b && b->status != MV_OK)
		mv_strlcpy(r->bands_note, b->error, sizeof r->bands_note);
	if (bc) {
		memset(bc, 0, sizeof *bc);
		mv_strlcpy(bc->key, key, sizeof bc->key);
		mv_strlcpy(bc->rating, r->bands_rating, sizeof bc->rating);
		if (b)
			mv_strlcpy(bc->country_name, b->country_name, sizeof bc->country_name);
		bc->used = 1;
	}
	if (cache) {
		mv_bands_report_free(b); /* a bulk scan keeps the rating only */
		b = NULL;
	}
	r->bands = b;
}

/* 1 "money" in euros by a rate the user gave (for it, or to another money
 * and the shipped one from that), else by the shipped rates; into "said"
 * the rate so given ("RUB:EUR=0.01068 given") or the shipped rates' date;
 * 0 when none tells. */
static double euro_rate(mv_db *db, const mv_listing_query *q, const char *money, char *said, size_t size)
{
	mv_rate_how how;
	double x = mv_rate_lookup(db, q ? q->rates : NULL, money, "EUR", &how, said, size);

	if (how == MV_RATE_GIVEN || how == MV_RATE_ROUTED)
		snprintf(said, size, "%s:EUR=%.4g given", money, x);
	return x;
}

/*
 * A listing that names no phone, against the cheapest phone Xiaomi sold
 * with the memory it states (GSMArena's price in euros, for its smallest
 * memory: a floor), converted at the shipped reference rate: under half of
 * that is a counterfeit's price ("16GB+1TB" for 114 USD).
 */
static void memory_price(mv_db *db, const mv_listing_query *q, mv_listing_report *r)
{
	const mv_device_spec *sp = mv_db_cheapest_with(db, r->memory_ram, r->memory_storage);
	char date[40] = "", memory[48], price[48], in_eur[32], floor[32];
	double rate = euro_rate(db, q, r->currency, date, sizeof date), eur;

	if (!sp)
		return;
	snprintf(memory, sizeof memory, "%g GB + %g %s", r->memory_ram,
		 r->memory_storage >= 1024 ? r->memory_storage / 1024 : r->memory_storage,
		 r->memory_storage >= 1024 ? "TB" : "GB");
	if (rate <= 0) {
		mv_listing_flag(r, "price_unchecked", MV_SEV_INFO, "d_memory_unchecked", "memory", memory, "money",
				r->currency, NULL);
		return;
	}
	eur = r->price * rate;
	if (eur >= sp->price_eur * PRICE_LOW)
		return;
	snprintf(price, sizeof price, "%.2f %s", r->price, r->currency);
	snprintf(in_eur, sizeof in_eur, "%.2f", eur);
	snprintf(floor, sizeof floor, "%.0f", sp->price_eur);
	mv_listing_flag(r, "price_too_low", MV_SEV_HIGH, "d_memory_price", "memory", memory, "price", price, "eur", in_eur,
			"date", date, "phone", sp->model_name + (strncmp(sp->model_name, "Xiaomi ", 7) ? 0 : 7), "floor",
			floor, NULL);
}

/*
 * A phone named, of any age, against the price on its spec sheet
 * (GSMArena's, in euros: for many older phones still their launch price),
 * converted at the shipped reference rate: under a share of it that falls
 * with the phone's age (its first release in the data: a fifth in its
 * first two years, a tenth in the next two, a twentieth after, or when
 * unknown) is far below what a working phone sells for, even used ("Xiaomi
 * 14 Ultra 16GB 1TB" for 89.99 USD; not a Mi 11 Ultra of 2021 for 298
 * EUR).  A warning: a broken one sold for parts may go so low, a
 * counterfeit or a scam does.
 */
static void sheet_price(mv_db *db, const mv_listing_query *q, mv_listing_report *r)
{
	char date[40] = "", price[48], in_eur[32], sheet[32];
	double rate = euro_rate(db, q, r->currency, date, sizeof date), eur = r->price * rate;
	int pct;

	if (rate <= 0) {
		/* (the price itself is the report's: a message of many lines'
		 * prices would be made anew for each) */
		mv_listing_flag(r, "price_unchecked", MV_SEV_INFO, "d_price_unchecked", "phone", r->sheet_name, "money",
				r->currency, NULL);
		return;
	}
	/* (under 5 EUR a price was misread, "Rp2 juta" as 2: no phone's;
	 * the age asked only of a price under the largest share) */
	if (eur < 5 || eur * 100 >= r->sheet_price_eur * 20)
		return;
	pct = sheet_share(db, r);
	if (eur * 100 >= r->sheet_price_eur * pct)
		return;
	snprintf(price, sizeof price, "%.2f %s", r->price, r->currency);
	snprintf(in_eur, sizeof in_eur, "%.2f", eur);
	snprintf(sheet, sizeof sheet, "%.0f", r->sheet_price_eur);
	if (r->sheet_released[0])
		mv_listing_flag(r, "price_too_low", MV_SEV_WARNING, "d_sheet_price", "price", price, "eur", in_eur, "date",
				date, "pct", pct == 20 ? "20" : pct == 10 ? "10" : "5", "phone", r->sheet_name, "sheet", sheet,
				"released", r->sheet_released, NULL);
	else
		mv_listing_flag(r, "price_too_low", MV_SEV_WARNING, "d_sheet_price_undated", "price", price, "eur", in_eur,
				"date", date, "phone", r->sheet_name, "sheet", sheet, NULL);
}

void mv_listing_line_facts(mv_db *db, const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *r,
			   const char *bands_country)
{
	char num[32], num2[32];
	int phone;

	/* seller reputation (figures put together, not printf'd: see mv_fixed()) */
	if (r->seller_rating >= 0 && r->seller_rating <= 5 && r->seller_rating < RATING_WARN) {
		int high = r->seller_rating < RATING_HIGH;
		mv_listing_flag(r, "seller_rating", high ? MV_SEV_HIGH : MV_SEV_WARNING, "d_seller_rating", "rating",
				mv_fixed(num, sizeof num, r->seller_rating, 1), "limit",
				mv_fixed(num2, sizeof num2, high ? RATING_HIGH : RATING_WARN, 1), NULL);
	} else if (r->seller_rating > 5 && r->seller_rating <= 100 && r->seller_rating < 94)
		mv_listing_flag(r, "seller_rating", r->seller_rating < 90 ? MV_SEV_HIGH : MV_SEV_WARNING, "d_seller_positive",
				"rating", mv_fixed(num, sizeof num, r->seller_rating, 1), "limit", "94", NULL);
	if (r->feedback_count >= 0 && r->feedback_count < FEEDBACK_WARN)
		mv_listing_flag(r, "few_ratings", MV_SEV_WARNING, "d_few_ratings", "n",
				mv_fixed(num, sizeof num, r->feedback_count, 0), "limit", MV_STR(FEEDBACK_WARN), NULL);
	if (r->store_age_days >= 0 && r->store_age_days < STORE_AGE_WARN)
		mv_listing_flag(r, "new_store", MV_SEV_WARNING, "d_new_store", "days",
				mv_fixed(num, sizeof num, r->store_age_days, 0), NULL);
	if (r->claimed_variant == MV_CLAIM_GLOBAL_ROM)
		mv_listing_flag(r, "global_rom", MV_SEV_WARNING, "d_global_rom", NULL);
	/* no version named, under a name India's unit alone has (or China's
	 * and India's: "Mi 11X", abroad the POCO F3): likely that market's
	 * unit; not news on a line priced in rupees or for a buyer in India,
	 * where it is what is sold (a line's fact: the text's own flags are
	 * the same on every line) */
	if (r->device_from_name && r->claimed_variant == MV_CLAIM_UNKNOWN && r->n_names && r->codename[0] &&
	    !strchr(r->codename, '|') && !r->model[0] && strcmp(r->currency, "INR") &&
	    !(q && q->country && !strcasecmp(q->country, "IN")) && !mv_listing_has_flag(r, "made_for_phone") &&
	    !mv_listing_has_flag(r, "other_product")) {
		char markets[32], abroad[160];
		if (mv_db_market_name(db, r->names[0], markets, sizeof markets, abroad, sizeof abroad))
			mv_listing_flag(r, "market_name_only", MV_SEV_WARNING, "d_market_name_only", "name", r->names[0],
					"markets", markets, "abroad", abroad, NULL);
	}

	/* a bare "$" where the buyer's own money is written "$" too: which
	 * money, before any figure is judged by it */
	if (r->currency_guessed && q && q->country && *q->country)
		dollar_money(db, q->country, r);
	/* "Rs." where the buyer's money is another rupee (Pakistan's, Sri
	 * Lanka's, Nepal's: their shops write "Rs. 10,999") */
	if (r->rupee_guessed && sign_money(db, q && q->country ? q->country : "", rupees, rupee_said, r))
		r->rupee_guessed = 0;
	if (r->dirham_guessed && sign_money(db, q && q->country ? q->country : "", dirhams, dirham_said, r))
		r->dirham_guessed = 0;
	/* a thing made for a phone, or another of Xiaomi's goods, has no
	 * phone's price */
	phone = !mv_listing_has_flag(r, "made_for_phone") && !mv_listing_has_flag(r, "other_product");
	/* no phone named: the price against the cheapest phone with the
	 * memory it states */
	if (phone && r->price > 0 && r->currency[0] && !r->codename[0] && r->memory_ram > 0)
		memory_price(db, q, r);
	/* the price against the official one */
	if (phone && r->price > 0 && r->currency[0]) {
		char what[160], launch[16] = "";
		double off = official_price(db, r, what, sizeof what, launch, sizeof launch);
		if (off > 0) {
			/* a phone's price falls after its launch: the launch
			 * price is a reference for two years, less so in the
			 * second (a 2019 phone at a third of its launch price is
			 * an old phone, no counterfeit) */
			double share = mv_launch_price_share(months_since(db, launch));
			r->official_price = off;
			if (r->price < off * share) {
				char price[48];
				snprintf(price, sizeof price, "%.2f %s", r->price, r->currency);
				mv_listing_flag(r, "price_too_low", MV_SEV_HIGH,
						share < PRICE_LOW ? "d_official_price_second_year" : "d_official_price", "price",
						price, "official", what, NULL);
			}
		}
	}

	if (phone && r->price > 0 && r->currency[0] && r->sheet_price_eur > 0 && !mv_listing_has_flag(r, "price_too_low") &&
	    !mv_listing_has_flag(r, "price_list"))
		sheet_price(db, q, r);
	if (r->bands_rating[0])
		rating_flags(r, r->bands_rating, bands_country);
	/* the landed cost (by phones' duty rates: not for other goods) */
	if (phone && q && q->country && *q->country && r->price > 0 && r->currency[0]) {
		/* a scan (with its cache) shows the total only */
		mv_cost_query cq = {q->country, r->price, r->shipping > 0 ? r->shipping : 0, r->currency, q->rates, NULL,
				    cache != NULL,
				    r->claimed_variant == MV_CLAIM_LOCAL_VERSION && r->claimed_market[0] ? r->claimed_market : NULL,
				    r->vat_included, r->vat_rate_said, r->ships_from[0] ? r->ships_from : NULL, r->vat_excluded, 1};
		r->cost = cache && cache->cost ? mv_cost_into(db, &cq, cache->cost) : mv_cost(db, &cq);
		if (cache)
			cache->cost = NULL;
	}
}
