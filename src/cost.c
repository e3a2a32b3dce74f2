/* cost.c - what a phone bought abroad costs delivered: price, shipping, duty,
 * VAT, by the rules of data/cost_rules.tsv (derived from the dated customs
 * table, each rule with its source).  Exchange rates are never guessed: a
 * price in another currency than the rules' takes the user's rate, or the
 * shipped ECB reference rate of its day, said with that day. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>


#include "internal.h"

/* Note the catalog's message "key" with its placeholders' values ("name",
 * "value" pairs ending in NULL). */
static void note(mv_cost_report *r, const char *key, ...) __attribute__((sentinel));
static void note(mv_cost_report *r, const char *key, ...)
{
	va_list ap;
	int i = r->n_notes;

	if (r->brief || i == (int)MV_ARRAY_LEN(r->notes))
		return;
	va_start(ap, key);
	mv_words_say(key, ap, r->note_keys[i], sizeof r->note_keys[0], r->notes[i], sizeof r->notes[0], r->note_vars[i],
		     sizeof r->note_vars[0]);
	va_end(ap);
	r->n_notes++;
}

/* A note's figure: "v" (%g) into "b"; an amount: "v currency" (%.2f or
 * %g).  Not made when the report has no notes (a scan's line). */
#define FIG(b, v) (r->brief ? "" : (snprintf(b, sizeof b, "%g", (double)(v)), b))
#define AMOUNT(b, fmt, v, cur) (r->brief ? "" : (snprintf(b, sizeof b, fmt " %s", (double)(v), cur), b))

static double round2(double x)
{
	return floor(x * 100.0 + 0.5) / 100.0;
}

/* Is the item "p" ("k" bytes) of --rate's list a rate "FROM:TO=x", whole
 * (not "RUB:USD=1/80": no rate of 1)?  Its moneys into "a" and "b", 1 FROM
 * = "*x" TO. */
static int one_rate(const char *p, size_t k, char a[8], char b[8], double *x)
{
	char one[64];
	int used = -1;

	a[0] = b[0] = '\0';
	*x = 0;
	if (k >= sizeof one)
		return 0;
	mv_strncpy0(one, sizeof one, p, k);
	return sscanf(one, " %7[A-Za-z] : %7[A-Za-z] = %lf %n", a, b, x, &used) == 3 && used == (int)strlen(one) &&
	       strlen(a) == 3 && strlen(b) == 3 && *x > 0 && isfinite(*x) && *x <= 1e9;
}

/* The next rate of the comma-separated list at "*p" (one_rate()); 0 at
 * its end.  An item that is none is passed over (mv_rates_check() says
 * which). */
static int next_rate(const char **p, char a[8], char b[8], double *x)
{
	while (*p && **p) {
		size_t k = strcspn(*p, ",;");
		const char *item = *p;
		*p += k + ((*p)[k] != '\0');
		if (one_rate(item, k, a, b, x))
			return 1;
	}
	return 0;
}

double mv_rate_lookup(mv_db *db, const char *rates, const char *from, const char *to, mv_rate_how *how, char *date,
		      size_t dsize)
{
	const char *p = rates;
	char a[8], b[8];
	double x = 0, via = 0;

	*how = MV_RATE_NONE;
	if (!strcasecmp(from, to)) {
		*how = MV_RATE_SAME;
		mv_db_rate(db, from, to, date, dsize); /* (the date of the rates, as of any) */
		return 1;
	}
	/* the pair given, either way round */
	while (next_rate(&p, a, b, &x))
		if ((!strcasecmp(a, from) && !strcasecmp(b, to)) || (!strcasecmp(a, to) && !strcasecmp(b, from))) {
			*how = MV_RATE_GIVEN;
			return !strcasecmp(a, from) ? x : 1.0 / x;
		}
	/* a rate given to another money, and the shipped one from it: the
	 * user's rate of the money wins over the shipped one */
	for (p = rates; next_rate(&p, a, b, &x);)
		if ((!strcasecmp(a, from) && (via = mv_db_rate(db, b, to, date, dsize)) > 0) ||
		    (!strcasecmp(b, from) && (via = mv_db_rate(db, a, to, date, dsize)) > 0)) {
			*how = MV_RATE_ROUTED;
			return !strcasecmp(a, from) ? x * via : via / x;
		}
	if ((x = mv_db_rate(db, from, to, date, dsize)) > 0)
		*how = MV_RATE_SHIPPED;
	return x > 0 ? x : 0;
}

int mv_rates_check(const char *rates, char *err, size_t errlen)
{
	const char *p = rates;

	while (*p) {
		char a[8], b[8], q[80];
		double x;
		size_t k = strcspn(p, ",;");
		if (!one_rate(p, k, a, b, &x)) {
			mv_quote(q, sizeof q, p, k);
			snprintf(err, errlen, "rate '%s': write FROM:TO=x, 1 FROM = x TO, as USD:EUR=0.92", q);
			return 0;
		}
		p += k + (p[k] != '\0');
	}
	return 1;
}

/* Is "iso" a member of the European Union, one customs territory
 * (https://european-union.europa.eu/principles-countries-history/eu-countries_en)? */
static int in_eu(const char *iso)
{
	static const char members[] = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE";
	const char *p = strlen(iso) == 2 ? strstr(members, iso) : NULL;

	return p && (p - members) % 3 == 0;
}

/* The money of an EU member outside the euro area, or NULL (its rules are
 * written in euros: https://european-union.europa.eu/institutions-law-budget/euro/countries-using-euro_en) */
static const char *eu_money(const char *iso)
{
	static const char *const own[][2] = {{"CZ", "CZK"}, {"DK", "DKK"}, {"HU", "HUF"},
					     {"PL", "PLN"}, {"RO", "RON"}, {"SE", "SEK"}};
	size_t i;

	for (i = 0; i < sizeof own / sizeof own[0]; i++)
		if (!strcmp(own[i][0], iso))
			return own[i][1];
	return NULL;
}

/* Is the sale one within the country: by a seller who says it sells the
 * country's own version ("Xiaomi Türkiye Garantili" to a buyer in
 * Türkiye), or who says the price holds the VAT in the country's money?
 * In the EU, a price in euros ("IVA inclusa": the seller's VAT, no customs
 * between members) or in a member's own money ("vč. DPH" in koruna);
 * elsewhere the rules' currency, unless they are written in another
 * country's money (Türkiye's in euros, Mexico's in dollars).  Then no duty
 * or import VAT is added. */
/* (1 local version or VAT included, 2 the country's VAT rate stated, 3
 * shipped from within the country, 4 from another EU member to one, 5
 * either at a price without the VAT; 0 an import) */
static int sold_within(const mv_cost_query *q, const mv_cost_rule *cr)
{
	int own = strcmp(cr->currency, "USD") ? strcmp(cr->currency, "EUR") || in_eu(cr->country_iso)
					      : !strcmp(cr->country_iso, "US");
	const char *money = eu_money(cr->country_iso);
	int in_money = (own && !strcasecmp(q->currency, cr->currency)) || (money && !strcasecmp(q->currency, money));

	if (q->sold_in && !strcasecmp(q->sold_in, cr->country_iso))
		return 1;
	if (q->ships_from && (!strcasecmp(q->ships_from, cr->country_iso) ||
			      (in_eu(q->ships_from) && in_eu(cr->country_iso))))
		/* within the country, or from another EU member to one (no
		 * customs between members; the seller charges the VAT); a
		 * price without the VAT gets it added, no duty */
		return q->vat_excluded ? 5 : !strcasecmp(q->ships_from, cr->country_iso) ? 3 : 4;
	if (q->ships_from)
		return 0; /* from abroad, or a place no table names: an import, whatever its VAT words */
	if (q->vat_included == MV_VAT_INCLUDED && in_money)
		return 1;
	if (q->vat_rate_said > 0 && cr->vat_rate_n > 0 && fabs(q->vat_rate_said - cr->vat_rate_n) < 0.05 && in_money)
		return 2;
	return 0;
}

mv_cost_report *mv_cost(mv_db *db, const mv_cost_query *q)
{
	return mv_cost_into(db, q, calloc(1, sizeof(mv_cost_report)));
}

/* Every field of "r" emptied, as calloc leaves it: strings by their first
 * byte (a scan computes one cost per line, into the same report). */
static void cost_clear(mv_cost_report *r)
{
	r->country[0] = r->country_name[0] = r->currency[0] = r->listing_currency[0] = r->date[0] = '\0';
	r->rate = 0;
	r->rate_used[0] = r->rate_date[0] = '\0';
	r->price = r->shipping = r->value = r->duty = r->vat = r->total = r->total_listing = r->fees = 0;
	r->duty_known = r->vat_known = 0;
	r->n_notes = 0;
	r->brief = 0;
	r->regime[0] = r->source[0] = r->error[0] = '\0';
	r->status = MV_OK;
}

/* Is "s" a day as yyyy-mm-dd, one the calendar has? */
static int real_date(const char *s)
{
	struct tm t, u;
	const char *end;
	time_t at;

	memset(&t, 0, sizeof t);
	if (strlen(s) != 10 || !(end = strptime(s, "%Y-%m-%d", &t)) || *end)
		return 0;
	/* (strptime takes the 31st of any month: the day must stay the day) */
	u = t;
	at = timegm(&u);
	return at != (time_t)-1 && gmtime_r(&at, &u) && u.tm_mday == t.tm_mday && u.tm_mon == t.tm_mon;
}

mv_cost_report *mv_cost_into(mv_db *db, const mv_cost_query *q, mv_cost_report *r)
{
	mv_cost_rule scratch;
	const mv_cost_rule *cr;
	double rate = 1, value, base, tv, tbase, duty = 0, sur = 0, vat = 0;
	int within;      /* a sale within the country: no customs */
	int goods_all;   /* the taxes, not only the thresholds, of the goods alone */
	int at_checkout; /* the VAT paid to the seller abroad */
	char today[12], f1[32], f2[32], a1[48], a2[48];
	const char *date = q->date;

	if (!r)
		return NULL;
	cost_clear(r);
	r->duty = r->vat = r->total = r->total_listing = -1;
	r->brief = q->brief;
	if (!(q->price >= 0) || !(q->shipping >= 0) || q->price > 1e9 || q->shipping > 1e9 || !isfinite(q->price)) {
		r->status = MV_ERR_INVALID;
		snprintf(r->error, sizeof r->error, "price and shipping must be numbers from 0 to 1000000000");
		return r;
	}
	if (!q->currency || strlen(q->currency) != 3 || !mv_isalpha((unsigned char)q->currency[0]) ||
	    !mv_isalpha((unsigned char)q->currency[1]) || !mv_isalpha((unsigned char)q->currency[2])) {
		r->status = MV_ERR_USAGE;
		snprintf(r->error, sizeof r->error, "a three-letter currency code is needed (EUR, USD, CNY)");
		return r;
	}
	if (q->rates && !mv_rates_check(q->rates, r->error, sizeof r->error)) {
		r->status = MV_ERR_USAGE;
		return r;
	}
	if (date && *date && !real_date(date)) {
		r->status = MV_ERR_USAGE;
		snprintf(r->error, sizeof r->error, "'%.*s' is no date: give it as yyyy-mm-dd (2026-07-01)",
			 mv_fit_chars(date, 40), date);
		return r;
	}
	if (!(cr = mv_db_cost_rule(db, q->country ? q->country : "", &scratch))) {
		r->status = MV_ERR_NOT_FOUND;
		snprintf(r->error, sizeof r->error,
			 "no customs rules for country '%.*s' (the data covers 58 countries: EU, GB, US, CH, NO, CA, BR, IN, TR, RU, AU, JP ...)",
			 mv_fit_chars(q->country ? q->country : "", 40), q->country ? q->country : "");
		return r;
	}
	if (!date || !*date) {
		mv_strlcpy(today, mv_today(), sizeof today);
		date = today;
	}
	/* a day before the rules the data holds came into force: the rules
	 * of that day are not in the data (Mexico's 33.5% from 2025-08-15) */
	if (cr->effective_date[0] && strcmp(date, cr->effective_date) < 0) {
		r->status = MV_ERR_NOT_FOUND;
		snprintf(r->error, sizeof r->error,
			 "the customs rules of %s in the data are in force from %s: those of %s are not in the data",
			 cr->country, cr->effective_date, date);
		return r;
	}
	mv_strlcpy(r->country, cr->country_iso, sizeof r->country);
	mv_strlcpy(r->country_name, cr->country, sizeof r->country_name);
	mv_upper(r->listing_currency, sizeof r->listing_currency, q->currency);
	/* a sale within the country: no customs; its total in the listing's
	 * money is its own price (an Indonesian's rupiahs through the rules'
	 * dollars and back had lost 55 of 3,629,000), and where no rate is
	 * known, the whole cost is in that money */
	within = sold_within(q, cr);
	mv_strlcpy(r->currency, cr->currency, sizeof r->currency);
	mv_strlcpy(r->date, date, sizeof r->date);
	if (!r->brief)
		mv_strlcpy(r->source, cr->source, sizeof r->source);
	if (strcasecmp(q->currency, cr->currency)) {
		char rate_date[16] = "", whose[48];
		mv_rate_how how;
		rate = mv_rate_lookup(db, q->rates, q->currency, cr->currency, &how, rate_date, sizeof rate_date);
		if (rate <= 0 && within) {
			/* no rate, and no customs to count in the rules' money */
			rate = 1;
			how = MV_RATE_SAME;
			mv_strlcpy(r->currency, r->listing_currency, sizeof r->currency);
			if (!r->brief)
				snprintf(r->rate_used, sizeof r->rate_used, "none needed (bought within %s, prices in %s)",
					 cr->country, r->currency);
		}
		if (how == MV_RATE_GIVEN && !r->brief)
			snprintf(r->rate_used, sizeof r->rate_used, "given: 1 %s = %g %s", r->listing_currency, rate,
				 cr->currency);
		else if (how == MV_RATE_ROUTED && !r->brief)
			snprintf(r->rate_used, sizeof r->rate_used, "given, with an ECB reference rate: 1 %s = %.6g %s",
				 r->listing_currency, rate, cr->currency);
		else if (how == MV_RATE_SHIPPED) {
			/* the shipped reference rate, said with its date and age */
			mv_strlcpy(r->rate_date, rate_date, sizeof r->rate_date);
			if (!r->brief) {
				long age = mv_days_between(rate_date, date);
				/* (the dirham's and the riyal's: the ECB's dollar and
				 * the peg) */
				const char *peg = mv_db_rate_pegged(db, q->currency)    ? r->listing_currency
						  : mv_db_rate_pegged(db, cr->currency) ? cr->currency
											: NULL;
				whose[0] = '\0';
				if (peg)
					snprintf(whose, sizeof whose, " and %s's peg to the dollar", peg);
				/* (a small money's rate the other way round: "1 USD =
				 * 17659.27 IDR", not "1 IDR = 5.6628e-05 USD") */
				if (rate < 0.01)
					snprintf(r->rate_used, sizeof r->rate_used, "ECB reference rate of %s%s: 1 %s = %.2f %s",
						 rate_date, whose, cr->currency, 1 / rate, r->listing_currency);
				else
					snprintf(r->rate_used, sizeof r->rate_used, "ECB reference rate of %s%s: 1 %s = %.6g %s",
						 rate_date, whose, r->listing_currency, rate, cr->currency);
				if (age > 0) {
					char days[24], pair[24];
					snprintf(days, sizeof days, "%ld", age);
					snprintf(pair, sizeof pair, "%s:%s", r->listing_currency, cr->currency);
					note(r, "cnote_rate_age", "date", rate_date, "days", days, "on", date, "pair", pair, NULL);
				}
			}
		}
		if (rate <= 0) {
			/* the currency the ECB does not publish: the listing's,
			 * unless it is the euro or published */
			char d[16];
			const char *missing;
			r->status = MV_ERR_NOT_FOUND;
			if (r->brief) { /* a scan's line: no words for the error */
				mv_strlcpy(r->error, "no shipped rate for the currency", sizeof r->error);
				return r;
			}
			missing = strcmp(r->listing_currency, "EUR") && mv_db_rate(db, r->listing_currency, "EUR", d, sizeof d) <= 0
					  ? r->listing_currency
					  : cr->currency;
			snprintf(r->error, sizeof r->error,
				 "%s's customs rules are in %s and the shipped ECB rates have no %s: give the rate, as --rate %s:%s=<%s for 1 %s>",
				 cr->country, cr->currency, missing, r->listing_currency, cr->currency, cr->currency,
				 r->listing_currency);
			return r;
		}
	} else if (!r->brief)
		snprintf(r->rate_used, sizeof r->rate_used, "none needed (prices in %s)", r->currency);
	r->rate = rate;
	r->price = round2(q->price * rate);
	r->shipping = round2(q->shipping * rate);
	value = r->price + r->shipping;
	/* what the thresholds are of: the goods and their shipping, or the
	 * goods alone (the EU's intrinsic value, the Philippines' FOB value,
	 * Australia's and New Zealand's low-value limits); Canada's taxes too
	 * are of the goods alone, the shipping from abroad no part of the
	 * value for duty */
	goods_all = !strcmp(cr->value_basis, "goods_all");
	tv = goods_all || !strcmp(cr->value_basis, "goods") ? r->price : value;
	base = (goods_all ? r->price : value) * (cr->base_factor_n > 0 ? cr->base_factor_n : 1);
	tbase = tv * (cr->base_factor_n > 0 ? cr->base_factor_n : 1); /* what the thresholds hold */
	r->value = round2(value);
	/* an import whose VAT the seller says it collects at the sale, where
	 * the country lets a seller abroad do so up to a value of the goods
	 * (the EU's IOSS to 150 EUR): none is owed at delivery */
	/* (the limit is of the goods without the VAT the price holds) */
	at_checkout = (q->vat_included == MV_VAT_AT_CHECKOUT || (q->vat_included == MV_VAT_IOSS && in_eu(cr->country_iso))) &&
		      cr->seller_vat_to_n > 0 && cr->vat_rate_n >= 0 &&
		      r->price / (1 + cr->vat_rate_n / 100.0) <= cr->seller_vat_to_n + 0.005;
	note(r, "cnote_value", "value", AMOUNT(a1, "%.2f", value, r->currency), NULL);
	if (tv != value && !within)
		note(r, goods_all ? "cnote_goods_all" : "cnote_goods_basis", "value",
		     AMOUNT(a1, "%.2f", r->price, cr->currency), NULL);
	if (cr->base_factor_n > 0 && cr->base_factor_n != 1 && !within)
		note(r, "cnote_personal", "factor", FIG(f1, cr->base_factor_n), "value", AMOUNT(a1, "%.2f", base, cr->currency),
		     NULL);

	/* a listing that does not say where it ships from: an import's costs,
	 * said to be so (a shop within the country adds none) */
	if (!within && q->of_listing && !q->ships_from && q->vat_included != MV_VAT_AT_CHECKOUT &&
	    q->vat_included != MV_VAT_IOSS)
		note(r, "cnote_origin_unsaid", "country", cr->country, NULL);
	if (within == 5) {
		/* bought in the country (or the EU) at a price without the
		 * VAT: the country's VAT on it, no duty */
		r->duty_known = r->vat_known = 1;
		vat = cr->vat_rate_n > 0 ? cr->vat_rate_n / 100.0 * value : 0;
		r->vat_known = cr->vat_rate_n >= 0;
		note(r, "cnote_ships_net", "country", cr->country, "vat", FIG(f1, cr->vat_rate_n), NULL);
	} else if (within) {
		/* bought in the country: its price holds the VAT, and no
		 * customs stand between */
		r->duty_known = r->vat_known = 1;
		if (within == 2)
			note(r, "cnote_vat_rate", "country", cr->country, "rate", FIG(f1, q->vat_rate_said), NULL);
		else if (within == 3)
			note(r, "cnote_ships_within", "country", cr->country, NULL);
		else if (within == 4) {
			mv_cost_rule other;
			const mv_cost_rule *from = mv_db_cost_rule(db, q->ships_from, &other);
			note(r, "cnote_ships_eu", "from", from ? from->country : q->ships_from, "country", cr->country, NULL);
		} else
			note(r, "cnote_domestic", "country", cr->country, NULL);
	} else if (cr->rule_to_n > 0 && tbase > cr->rule_to_n) {
		/* past the value its rates hold to (Indonesia's courier rates
		 * end at 1,500 USD, Mexico's global rate at 2,500): the duty
		 * there is not in the data */
		char what[120];
		snprintf(what, sizeof what, "duty: its rates hold up to %s; above, the duty is not in the data",
			 AMOUNT(a1, "%g", cr->rule_to_n, cr->currency));
		note(r, "cnote_not_included", "what", what, NULL);
	} else if (!strcmp(cr->kind, "remessa")) {
		/* Remessa Conforme: 20 % up to 50 USD; 60 % minus 20 USD above;
		 * ICMS "por dentro": (value + II) / (1 - rate) * rate */
		double icms = cr->vat_rate_n / 100.0;
		duty = value <= 50 ? 0.20 * value : 0.60 * value - 20;
		vat = (value + duty) / (1 - icms) * icms;
		note(r, value <= 50 ? "cnote_ii_low" : "cnote_ii_high", NULL);
		note(r, "cnote_icms", "rate", FIG(f1, cr->vat_rate_n), NULL);
		r->duty_known = r->vat_known = 1;
	} else if (!strcmp(cr->kind, "global_rate")) {
		duty = cr->duty_rate_n / 100.0 * value;
		note(r, "cnote_global_rate", "rate", FIG(f1, cr->duty_rate_n), NULL);
		r->duty_known = r->vat_known = 1;
	} else if (!strcmp(cr->kind, "excess")) {
		double lim = cr->duty_exempt_to_n, ex = value > lim ? value - lim : 0;
		duty = cr->duty_rate_n / 100.0 * ex;
		r->duty_known = 1;
		if (cr->vat_rate_n > 0 && cr->vat_exempt_to_n >= 0) {
			vat = cr->vat_rate_n / 100.0 * (ex + duty);
			note(r, "cnote_excess", "duty", FIG(f1, cr->duty_rate_n), "vat", FIG(f2, cr->vat_rate_n), "limit",
			     AMOUNT(a1, "%g", lim, cr->currency), NULL);
		} else
			note(r, "cnote_excess_duty", "duty", FIG(f1, cr->duty_rate_n), "limit", AMOUNT(a1, "%g", lim, cr->currency),
			     NULL);
		r->vat_known = 1;
	} else {
		double drate = cr->duty_rate_n, dfree = cr->duty_exempt_to_n, vrate = cr->vat_rate_n;
		double vfree = cr->vat_exempt_to_n, flat = cr->duty_flat_n, below = cr->duty_flat_below_n;

		if (!strcmp(cr->kind, "unknown"))
			; /* the source gives no computable duty: unknown, said below */
		else if (dfree >= 0 && tbase <= dfree) {
			duty = 0;
			r->duty_known = 1;
			note(r, "cnote_no_duty_to", "limit", AMOUNT(a1, "%g", dfree, cr->currency), NULL);
		} else if (drate >= 0) {
			duty = drate / 100.0 * base;
			r->duty_known = 1;
			if (drate > 0)
				note(r, "cnote_duty", "duty", FIG(f1, drate), NULL);
		}
		/* the EU's flat duty by the goods' value alone, shipping shown
		 * apart ("intrinsic value", Delegated Regulation (EU)
		 * 2015/2446, art. 1(48)): 145 EUR with 10 EUR of shipping owes
		 * it (a buyer's probe) */
		if (strcmp(cr->kind, "unknown") && flat > 0 && cr->duty_flat_from[0] && strcmp(date, cr->duty_flat_from) >= 0 &&
		    r->price < below) {
			duty = flat;
			r->duty_known = 1;
			note(r, "cnote_flat", "flat", AMOUNT(a1, "%g", flat, cr->currency), "below",
			     AMOUNT(a2, "%g", below, cr->currency), "date", cr->duty_flat_from, NULL);
		}
		if (r->duty_known && cr->surcharge_of_duty_n > 0) {
			sur = cr->surcharge_of_duty_n / 100.0 * duty;
			note(r, "cnote_surcharge", "rate", FIG(f1, cr->surcharge_of_duty_n), NULL);
		}
		if (vrate < 0)
			;
		else if (at_checkout) {
			r->vat_known = 1;
			note(r, "cnote_vat_at_checkout", "limit", AMOUNT(a1, "%g", cr->seller_vat_to_n, cr->currency), NULL);
		} else if (vfree >= 0 && tbase <= vfree) {
			r->vat_known = 1;
			note(r, "cnote_no_vat_to", "limit", AMOUNT(a1, "%g", vfree, cr->currency), NULL);
		} else {
			vat = vrate / 100.0 * (base + (r->duty_known ? duty + sur : 0));
			r->vat_known = r->duty_known || vrate == 0;
			if (vrate > 0)
				note(r, r->duty_known ? "cnote_vat" : "cnote_vat_unknown", "vat", FIG(f1, vrate), NULL);
		}
	}
	if (cr->collected[0] && !within)
		note(r, "cnote_collected", "how", cr->collected, NULL);
	if (cr->unknown[0] && !within)
		note(r, "cnote_not_included", "what", cr->unknown, NULL);
	/* a government's charge at import above a value (Australia's import
	 * processing charge on goods over 1,000 AUD) */
	if (!within && cr->fee_n > 0 && tbase > cr->fee_above_n) {
		r->fees = cr->fee_n;
		note(r, "cnote_fee", "fee", AMOUNT(a1, "%g", cr->fee_n, cr->currency), "limit",
		     AMOUNT(a2, "%g", cr->fee_above_n, cr->currency), NULL);
	}
	note(r, "cnote_fees", NULL);
	if (r->duty_known)
		r->duty = round2(duty + sur);
	if (r->vat_known)
		r->vat = round2(vat);
	if (r->duty_known && r->vat_known) {
		r->total = round2(value + r->duty + r->vat + r->fees);
		r->total_listing = rate > 0 ? round2(r->total / rate) : -1;
		/* bought within: the price itself, with the VAT a net price
		 * lacks, not a round trip through the rules' money */
		if (within && rate > 0)
			r->total_listing = round2((q->price + q->shipping) *
						  (within == 5 && cr->vat_rate_n > 0 ? 1 + cr->vat_rate_n / 100.0 : 1));
	}
	if (!r->brief)
		mv_strlcpy(r->regime, cr->notes, sizeof r->regime);
	return r;
}

void mv_cost_report_free(mv_cost_report *r)
{
	free(r);
}
